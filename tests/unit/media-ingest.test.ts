import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMediaById } from '@/db/queries/media';
import { ingestUpload } from '@/lib/media/ingest';
import { MEDIA_FILE_PATTERN } from '@/lib/media/paths';
import { oneAtATime } from '@/lib/media/queue';
import { htmlNamedJpg, jpeg } from './media-fixtures';
import { useSeededDatabase } from './test-db';

let root: string;
const now = new Date('2026-12-02T10:00:00Z');

beforeAll(() => {
  useSeededDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-media-test-'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('ingestUpload', () => {
  it('stores the variants under YYYY/MM with hash names, and one media row', async () => {
    const bytes = await jpeg(1300, 800);
    const result = await ingestUpload({ bytes, originalName: 'صورة.jpg', alt: 'ميناء بيروت', uploadedBy: null }, { root, now });
    if (!result.ok) throw new Error(result.message);
    const { media } = result;
    expect(media.variants.map((v) => v.w)).toEqual([480, 800, 1200, 1300]);
    expect([media.width, media.height, media.alt, media.mimeIn]).toEqual([1300, 800, 'ميناء بيروت', 'image/jpeg']);
    for (const v of media.variants) {
      expect(v.file).toMatch(MEDIA_FILE_PATTERN);
      expect(v.file.startsWith(`2026/12/${media.id}-`)).toBe(true);
      expect(fs.statSync(path.join(root, v.file)).size).toBe(v.bytes);
    }
    expect(await findMediaById(media.id)).toMatchObject({ id: media.id, bytes: media.variants.reduce((s, v) => s + v.bytes, 0) });
  });

  it('keeps nothing of the upload itself: only the WebP variants are on disk', async () => {
    const files = fs.readdirSync(path.join(root, '2026/12'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^[0-9a-f]{16}-\d+\.webp$/.test(f))).toBe(true);
  });

  it('gives the same file uploaded twice the same row, without writing again', async () => {
    const bytes = await jpeg(700, 500);
    const first = await ingestUpload({ bytes, originalName: 'a.jpg', alt: '', uploadedBy: null }, { root, now });
    if (!first.ok) throw new Error(first.message);
    const file = path.join(root, first.media.variants[0]!.file);
    const written = fs.statSync(file).mtimeMs;
    const second = await ingestUpload({ bytes, originalName: 'b.jpg', alt: 'نص بديل لاحق', uploadedBy: null }, { root, now: new Date('2027-03-01') });
    if (!second.ok) throw new Error(second.message);
    expect(second.media.id).toBe(first.media.id);
    expect(second.media.variants).toEqual(first.media.variants);
    expect(second.media.alt).toBe('نص بديل لاحق');
    expect(fs.statSync(file).mtimeMs).toBe(written);
  });

  it('writes the files again when the row exists but the folder lost them', async () => {
    const bytes = await jpeg(500, 500);
    const first = await ingestUpload({ bytes, originalName: 'c.jpg', alt: '', uploadedBy: null }, { root, now });
    if (!first.ok) throw new Error(first.message);
    for (const v of first.media.variants) fs.rmSync(path.join(root, v.file));
    const again = await ingestUpload({ bytes, originalName: 'c.jpg', alt: '', uploadedBy: null }, { root, now });
    expect(again.ok && again.media.id).toBe(first.media.id);
    for (const v of first.media.variants) expect(fs.existsSync(path.join(root, v.file))).toBe(true);
  });

  it('stores nothing for a refused file', async () => {
    const before = fs.readdirSync(path.join(root, '2026/12')).length;
    expect(await ingestUpload({ bytes: htmlNamedJpg, originalName: 'x.jpg', alt: '', uploadedBy: null }, { root, now })).toMatchObject({
      ok: false,
      status: 415,
    });
    expect(fs.readdirSync(path.join(root, '2026/12')).length).toBe(before);
  });

  it('encodes one picture at a time, on one libvips thread, and a failed job does not stop the queue', async () => {
    expect(sharp.concurrency()).toBe(1);
    let running = 0;
    let most = 0;
    const job = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 15));
      running--;
      return 'done';
    };
    const failing = oneAtATime(() => Promise.reject(new Error('broken'))).catch(() => 'failed');
    expect(await Promise.all([oneAtATime(job), failing, oneAtATime(job), oneAtATime(job)])).toEqual(['done', 'failed', 'done', 'done']);
    expect(most).toBe(1);
  });
});
