import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaresTooLarge, MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { mediaMessages } from '@/lib/media/messages';
import { mediaRoot, resolveMediaFile } from '@/lib/media/paths';
import { findMediaFile } from '@/lib/media/serve-file';
import { readUploadForm } from '@/lib/media/upload-body';

function upload(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/admin/media', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

async function multipart(file: Blob, alt?: string) {
  const form = new FormData();
  form.set('file', file, 'صورة.jpg');
  if (alt !== undefined) form.set('alt', alt);
  const probe = new Response(form);
  const bytes = Buffer.from(await probe.arrayBuffer());
  return { bytes, type: probe.headers.get('content-type')! };
}

describe('readUploadForm', () => {
  it('reads the file, its name and the trimmed alt text', async () => {
    const { bytes, type } = await multipart(new Blob([Buffer.from('pixels')]), '  قارب في الميناء ');
    const form = await readUploadForm(upload(bytes, { 'content-type': type, 'content-length': String(bytes.length) }));
    expect(form).toMatchObject({ ok: true, name: 'صورة.jpg', alt: 'قارب في الميناء' });
    expect(form.ok && form.bytes.toString()).toBe('pixels');
  });

  it('refuses a declared length over the limit without reading the body (413)', async () => {
    let pulled = 0;
    const body = new ReadableStream({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) });
    const form = await readUploadForm(upload(body, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) }));
    expect(form).toEqual({ ok: false, status: 413, message: mediaMessages.tooLarge });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body that grows past the limit without saying its length (413)', async () => {
    let sent = 0;
    const body = new ReadableStream({
      pull: (c) => {
        sent += 1024 * 1024;
        c.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const form = await readUploadForm(upload(body, { 'content-type': 'multipart/form-data; boundary=x' }));
    expect(form).toMatchObject({ ok: false, status: 413 });
    expect(sent).toBeLessThan(MAX_UPLOAD_BODY_BYTES + 3 * 1024 * 1024);
  });

  it('refuses a body shorter than its declared length: what Next hands on after cutting it (413)', async () => {
    const { bytes, type } = await multipart(new Blob([Buffer.alloc(4096)]));
    const form = await readUploadForm(upload(bytes.subarray(0, 3000), { 'content-type': type, 'content-length': String(bytes.length) }));
    expect(form).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses a file over 10 MB inside a body just under the limit (413)', async () => {
    const { bytes, type } = await multipart(new Blob([Buffer.alloc(MAX_UPLOAD_BYTES + 1)]));
    expect(bytes.length).toBeLessThanOrEqual(MAX_UPLOAD_BODY_BYTES);
    expect(await readUploadForm(upload(bytes, { 'content-type': type }))).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses what is not a multipart form (415), a form without a file and an alt text of 301 characters (400)', async () => {
    expect(await readUploadForm(upload('{}', { 'content-type': 'application/json' }))).toMatchObject({ ok: false, status: 415 });
    const empty = new Response(new FormData());
    expect(await readUploadForm(upload(await empty.arrayBuffer(), { 'content-type': empty.headers.get('content-type')! }))).toEqual({
      ok: false,
      status: 400,
      message: mediaMessages.noFile,
    });
    const { bytes, type } = await multipart(new Blob(['x']), 'ن'.repeat(301));
    expect(await readUploadForm(upload(bytes, { 'content-type': type }))).toEqual({ ok: false, status: 400, message: mediaMessages.altTooLong });
  });

  it('measures Content-Length against the body limit', () => {
    expect(declaresTooLarge(null)).toBe(false);
    expect(declaresTooLarge(String(MAX_UPLOAD_BODY_BYTES))).toBe(false);
    expect(declaresTooLarge(String(MAX_UPLOAD_BODY_BYTES + 1))).toBe(true);
    expect(declaresTooLarge('abc')).toBe(true);
  });
});

describe('serving names', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-media-serve-'));
    fs.mkdirSync(path.join(root, '2026/12'), { recursive: true });
    fs.writeFileSync(path.join(root, '2026/12/0123456789abcdef-800.webp'), 'webp');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds our own names only', async () => {
    expect(await findMediaFile(root, '2026/12/0123456789abcdef-800.webp')).toMatchObject({ size: 4 });
    expect(await findMediaFile(root, '2026/12/0123456789abcdef-480.webp')).toBeNull();
    for (const name of [
      '../secret.txt',
      '2026/12/../../secret.txt',
      '2026/12/..%2F..%2Fsecret.txt',
      '2026/13/0123456789abcdef-800.webp',
      '2026/12/0123456789ABCDEF-800.webp',
      '2026/12/0123456789abcdef-800.webp/',
      '2026/12/0123456789abcdef-800.png',
      '/etc/passwd',
      'secret.txt',
    ]) {
      expect(resolveMediaFile(root, name), name).toBeNull();
    }
  });

  it('sits beside the database unless MEDIA_DIR says otherwise', () => {
    const saved = process.env.MEDIA_DIR;
    try {
      delete process.env.MEDIA_DIR;
      expect(mediaRoot()).toBe(path.resolve('data/media'));
      process.env.MEDIA_DIR = 'tmp/pictures';
      expect(mediaRoot()).toBe(path.resolve('tmp/pictures'));
    } finally {
      if (saved === undefined) delete process.env.MEDIA_DIR;
      else process.env.MEDIA_DIR = saved;
    }
  });
});
