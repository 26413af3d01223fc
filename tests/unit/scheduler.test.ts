import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type DB } from '@/db/client';
import { appendInvalidation, latestInvalidationId } from '@/db/queries/cache-outbox';
import { claimDueArticles, nextScheduledAt } from '@/db/queries/scheduling';
import { articles, articleTags } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { delayUntil, MAX_TIMEOUT_MS } from '@/lib/scheduler/delay';
import { onScheduleChanged, scheduleChanged } from '@/lib/scheduler/hub';
import { Scheduler } from '@/lib/scheduler/scheduler';
import { createSchedulerState } from '@/lib/scheduler/state';
import { runTick } from '@/lib/scheduler/tick';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-scheduler-'));
const file = path.join(dir, 'khabar.db');
let a: ReturnType<typeof openDatabase>;
let b: ReturnType<typeof openDatabase>;

beforeAll(() => {
  a = openDatabase(file);
  migrateDatabase(a.db);
  seedDatabase(a.db);
  b = openDatabase(file);
});

afterAll(() => {
  a.sqlite.close();
  b.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function scheduleArticle(db: DB, at: number, title = `مقال مجدول ${Math.random()}`): number {
  const row = db
    .insert(articles)
    .values({ slug: 'مجدول', title, body: 'نص', sectionId: 1, authorId: 1, status: 'scheduled', publishedAt: new Date(at), updatedAt: new Date() })
    .returning({ id: articles.id })
    .get();
  return row.id;
}

const statusOf = (db: DB, id: number) => db.select({ s: articles.status }).from(articles).where(eq(articles.id, id)).get()!.s;

describe('claiming due articles', () => {
  it('publishes each due row once across two connections, and nothing early', () => {
    const now = Date.now();
    const due = Array.from({ length: 6 }, (_, i) => scheduleArticle(i % 2 ? a.db : b.db, now - 1000 * (i + 1)));
    const later = scheduleArticle(a.db, now + 60_000);
    const claims: number[][] = [];
    // Alternate the two connections, as two server processes ticking at once would.
    for (let i = 0; i < 4; i++) claims.push(claimDueArticles(i % 2 ? a.db : b.db, new Date(now)).map((c) => c.id));
    const all = claims.flat();
    expect(all.sort()).toEqual([...due].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(claims.slice(1).every((c) => c.length === 0)).toBe(true);
    expect(statusOf(a.db, later)).toBe('scheduled');
    expect(a.db.select().from(articles).where(inArray(articles.id, due)).all().every((r) => r.status === 'published' && r.publishedAt!.getTime() < now)).toBe(true);
  });

  it('returns the section, author and tags of what it published; the next due time comes from the rest', () => {
    const now = Date.now();
    const id = scheduleArticle(a.db, now - 10);
    a.db.insert(articleTags).values([{ articleId: id, tagId: 1 }, { articleId: id, tagId: 2 }]).run();
    const later = scheduleArticle(a.db, now + 5000);
    const [claimed] = claimDueArticles(b.db, new Date(now));
    expect(claimed).toEqual({ id, sectionId: 1, authorId: 1, tagIds: [1, 2] });
    expect(nextScheduledAt(a.db)!.getTime()).toBeLessThanOrEqual(now + 60_000);
    a.db.update(articles).set({ status: 'draft' }).where(inArray(articles.status, ['scheduled'])).run();
    expect(nextScheduledAt(a.db)).toBeNull();
    expect(statusOf(a.db, later)).toBe('draft');
  });
});

describe('the tick', () => {
  it('expires the published article’s pages and the outbox rows newer than the last applied, once', () => {
    const state = createSchedulerState(latestInvalidationId(a.db));
    const now = Date.now();
    const id = scheduleArticle(a.db, now - 1);
    a.db.insert(articleTags).values({ articleId: id, tagId: 3 }).run();
    appendInvalidation(b.db, ['article:7', 'articles']);
    const expired: string[][] = [];
    const expire = (...tags: string[]) => void expired.push(tags);
    expect(runTick(a.db, state, expire, new Date(now))).toEqual({ published: [id], applied: 1 });
    expect(expired).toHaveLength(1);
    expect(expired[0]!.sort()).toEqual([`article:${id}`, 'articles', 'section:1', 'tag:3', 'author:1', 'article:7'].sort());
    expect(runTick(a.db, state, expire, new Date(now))).toEqual({ published: [], applied: 0 });
    expect(expired).toHaveLength(1);
  });
});

describe('the timer', () => {
  afterEach(() => {
    vi.useRealTimers();
    onScheduleChanged(undefined);
  });

  it('clamps a delay beyond setTimeout’s limit and never goes negative', () => {
    expect(MAX_TIMEOUT_MS).toBe(2_147_483_647);
    expect(delayUntil(new Date(1000 + 40 * 86_400_000), 1000)).toBe(MAX_TIMEOUT_MS);
    expect(delayUntil(new Date(500), 1000)).toBe(0);
    expect(delayUntil(new Date(1500), 1000)).toBe(500);
    expect(delayUntil(null, 1000)).toBeNull();
  });

  it('fires at the due time, re-arms when a schedule changes, and does not fire a far-future one early', async () => {
    vi.useFakeTimers({ now: 0 });
    let due: Date | null = new Date(10 * 60_000);
    const fired: number[] = [];
    const scheduler = new Scheduler({
      nextDue: () => due,
      outboxPending: () => false,
      fire: async () => {
        fired.push(Date.now());
        if (due && due.getTime() <= Date.now()) due = null;
      },
      tickMs: 2000,
    });
    onScheduleChanged(() => scheduler.rearm());
    scheduler.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fired).toEqual([]);
    // An editor moves the article to five seconds from now.
    due = new Date(Date.now() + 5_000);
    scheduleChanged();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toEqual([10_000]);
    // Forty days ahead: armed for the clamped maximum, which must not fire anything at once.
    due = new Date(Date.now() + 40 * 86_400_000);
    scheduleChanged();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fired).toEqual([10_000]);
    scheduler.stop();
  });

  it('retries a failed fire on the tick, never in a tight loop', async () => {
    vi.useFakeTimers({ now: 0 });
    let calls = 0;
    const scheduler = new Scheduler({
      nextDue: () => new Date(0),
      outboxPending: () => false,
      fire: async () => {
        calls++;
        throw new Error('not listening yet');
      },
      tickMs: 2000,
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10_000);
    scheduler.stop();
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(calls).toBeLessThanOrEqual(11);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('fires for outbox rows another process wrote', async () => {
    vi.useFakeTimers({ now: 0 });
    let pending = false;
    let calls = 0;
    const scheduler = new Scheduler({ nextDue: () => null, outboxPending: () => pending, fire: async () => void (calls++, (pending = false)), tickMs: 2000 });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(calls).toBe(0);
    pending = true;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(1);
    scheduler.stop();
  });
});
