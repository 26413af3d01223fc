import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '@/db/client';
import { findPublishedArticle, listLatestArticles } from '@/db/queries/articles';
import { articleMedia, articles, media, users } from '@/db/schema';
import { articles as seedArticles } from '@/db/seed-data/articles';
import { seedCovers } from '@/lib/media/seed-covers';
import { shareImage } from '@/lib/media/variants';
import { useSeededDatabase } from './test-db';

let db: DB;
let root: string;
let firstRunMs: number;

beforeAll(async () => {
  db = useSeededDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-seed-covers-'));
  const started = Date.now();
  await seedCovers(db, { root, now: new Date('2026-12-02T00:00:00Z') });
  firstRunMs = Date.now() - started;
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('seed covers', () => {
  it('gives every seed article a cover with alt text, its files on disk', async () => {
    expect(db.select({ id: articles.id }).from(articles).where(isNull(articles.coverMediaId)).all()).toEqual([]);
    const cards = await listLatestArticles(200);
    expect(cards.length).toBe(seedArticles.length);
    for (const card of cards) {
      expect(card.cover?.alt).toContain(card.section.name);
      expect(card.cover?.variants.map((v) => v.w)).toEqual([480, 800, 1200]);
      for (const v of card.cover!.variants) expect(fs.existsSync(path.join(root, v.file))).toBe(true);
    }
    expect(db.select().from(articleMedia).all().length).toBe(seedArticles.length);
    console.log(`seed covers: ${seedArticles.length} articles in ${firstRunMs} ms`);
  });

  it('varies the pictures: four designs per section, neighbours in a section differ', async () => {
    const pictures = db.select({ id: media.id }).from(media).all();
    expect(pictures.length).toBe(24);
    const cards = await listLatestArticles(200);
    const bySection = new Map<string, Set<string>>();
    for (const c of cards) bySection.set(c.section.slug, (bySection.get(c.section.slug) ?? new Set()).add(c.cover!.variants[0]!.file));
    for (const files of bySection.values()) expect(files.size).toBe(4);
  });

  it('reuses the files on a fresh database, and changes nothing when run again', async () => {
    expect(await seedCovers(db, { root })).toEqual({ articles: 0, pictures: 0, encoded: 0 });
    const fresh = useSeededDatabase();
    expect(await seedCovers(fresh, { root, now: new Date('2026-12-02T00:00:00Z') })).toEqual({ articles: seedArticles.length, pictures: 24, encoded: 0 });
  });

  it('leaves alone an article an editor has touched', async () => {
    const fresh = useSeededDatabase();
    const editor = fresh.insert(users).values({ name: 'محررة', role: 'editor' }).returning({ id: users.id }).get();
    const [edited] = fresh.select({ id: articles.id }).from(articles).limit(1).all();
    fresh.update(articles).set({ updatedBy: editor.id }).where(eq(articles.id, edited!.id)).run();
    const report = await seedCovers(fresh, { root, now: new Date('2026-12-02T00:00:00Z') });
    expect(report.articles).toBe(seedArticles.length - 1);
    expect(fresh.select({ cover: articles.coverMediaId }).from(articles).where(eq(articles.id, edited!.id)).get()).toEqual({ cover: null });
  });

  it('hands the article page its cover, caption and 1200w share picture', async () => {
    const [card] = await listLatestArticles(1);
    const article = await findPublishedArticle(card!.id);
    expect(article?.cover).toMatchObject({ width: 1200, height: 675, caption: '' });
    expect(shareImage(article!.cover!, 'https://khabar.example')).toMatchObject({
      url: expect.stringMatching(/^https:\/\/khabar\.example\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-1200\.webp$/),
      width: 1200,
      height: 675,
    });
  });
});
