import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '@/db/client';
import { latestInvalidationId } from '@/db/queries/cache-outbox';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { users } from '@/db/schema';
import { hashAddress } from '@/lib/address-hash';
import { legacyLocation } from '@/lib/server/legacy-redirect';
import { importWordPress, ImportOptionError } from '@/lib/wordpress/import';
import { useSeededDatabase } from './test-db';

const FIXTURE = 'tests/fixtures/wordpress/sahifa-export.xml';
const SITE = 'https://old.sahifa.test';
const options = { timeZone: 'Asia/Beirut' };

let db: DB;
beforeEach(() => {
  db = useSeededDatabase(Date.parse('2026-12-01T00:00:00Z'));
});

const all = <T>(sql: string, ...params: unknown[]) => sqliteOf(db).prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => sqliteOf(db).prepare(sql).get(...params) as T;
const articleOf = (wpId: number) => Number(one<{ id: string }>("select local_id as id from wp_import_map where site = ? and kind = 'post' and wp_id = ?", SITE, wpId).id);

/** Every table the import writes, row by row. */
function snapshot() {
  return Object.fromEntries(
    ['articles', 'comments', 'sections', 'tags', 'authors', 'article_tags', 'legacy_paths', 'wp_import_map', 'article_revisions'].map((t) => [
      t,
      all(`select * from ${t} order by 1, 2`),
    ]),
  );
}

function copyWith(replace: [string, string][]): string {
  let xml = fs.readFileSync(FIXTURE, 'utf8');
  for (const [from, to] of replace) {
    expect(xml).toContain(from);
    xml = xml.replace(from, to);
  }
  const file = path.join(os.tmpdir(), `wxr-import-${process.pid}-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

describe('importing the project fixture', () => {
  it('imports posts with their statuses, and fails only the malformed item, with its line', async () => {
    const summary = await importWordPress(db, FIXTURE, options);
    expect(summary.posts).toMatchObject({ imported: 7, updated: 0, unchanged: 0, byStatus: { published: 3, scheduled: 1, review: 1, draft: 2 } });
    expect(summary.failed).toEqual([{ wpId: 207, line: 247, reason: expect.stringContaining('XML error at line 248') }]);
    expect(summary.skipped).toEqual({ page: 1, attachment: 1 });
    expect(summary.pages.sample[0]).toMatchObject({ id: 10, title: 'اتصل بنا' });
    expect(summary.shortcodesDropped).toEqual({ gallery: 1 });
    expect(summary.featuredImages.sample).toEqual([{ postId: 201, url: `${SITE}/wp-content/uploads/2019/05/flood.jpg` }]);
    expect(summary.notes.map((n) => n.wpId).sort()).toEqual([208, 209]);

    const row = (wpId: number) =>
      one<Record<string, unknown>>(
        'select status, published_at as publishedAt, body_json as bodyJson, render_version as renderVersion, comments_open as commentsOpen, body_html as html, body, title from articles where id = ?',
        articleOf(wpId),
      );
    expect(row(201)).toMatchObject({ status: 'published', publishedAt: Date.parse('2019-05-21T19:15:00Z'), bodyJson: null, renderVersion: null, commentsOpen: 1 });
    expect(row(201).title).toBe('السيول تجتاح وادي حضرموت “وتقطع” الطرق & الجسور');
    expect(row(201).html).toContain('<figcaption>سيارات عالقة في مياه السيول قرب سيئون</figcaption>');
    expect(row(201).body).toContain('اجتاحت السيول مساء الثلاثاء');
    expect(row(203)).toMatchObject({ status: 'published', commentsOpen: 0 });
    expect(row(204)).toMatchObject({ status: 'draft', publishedAt: null });
    expect(row(205)).toMatchObject({ status: 'review', publishedAt: null });
    expect(row(206)).toMatchObject({ status: 'scheduled', publishedAt: Date.parse('2031-03-01T06:00:00Z') });
    expect(row(209)).toMatchObject({ status: 'draft' });
  });

  it('puts the primary category as section, the other categories and the tags as tags', async () => {
    await importWordPress(db, FIXTURE, options);
    const article = one<{ section: string }>('select s.slug as section from articles a join sections s on s.id = a.section_id where a.id = ?', articleOf(203));
    expect(article.section).toBe('money');
    const tags = all<{ slug: string }>('select t.slug from article_tags at join tags t on t.id = at.tag_id where at.article_id = ? order by t.slug', articleOf(203));
    expect(tags.map((t) => t.slug)).toEqual(['الفائدة', 'محليات']);
    // WordPress's «Uncategorized» is no section: the draft lands in the first one.
    expect(one<{ slug: string }>('select s.slug from articles a join sections s on s.id = a.section_id where a.id = ?', articleOf(204)).slug).toBe('politics');
  });

  it('keeps comment threads (a reply before its parent), statuses, guests, hashed addresses and dates', async () => {
    const summary = await importWordPress(db, FIXTURE, options);
    expect(summary.comments).toMatchObject({ imported: 6, byStatus: { approved: 3, pending: 1, spam: 1, trash: 1 }, skipped: { pingback: 1 } });
    const rows = all<Record<string, unknown>>(
      `select c.id, c.parent_id as parentId, c.status, c.previous_status as previousStatus, c.guest_name as guestName,
              c.guest_email as guestEmail, c.user_id as userId, c.ip_hash as ipHash, c.created_at as createdAt, c.body, m.wp_id as wpId
       from comments c join wp_import_map m on m.kind = 'comment' and m.local_id = c.id order by m.wp_id`,
    );
    const byWp = Object.fromEntries(rows.map((r) => [r.wpId, r]));
    expect(byWp[2002]!.parentId).toBe(byWp[2001]!.id);
    expect(byWp[2003]).toMatchObject({ parentId: byWp[2002]!.id, status: 'pending' });
    expect(byWp[2001]).toMatchObject({
      status: 'approved',
      guestName: 'ليلى حداد',
      guestEmail: 'layla.haddad@example.org',
      userId: null,
      ipHash: hashAddress('203.0.113.9'),
      createdAt: Date.parse('2019-05-21T20:00:00Z'),
      body: 'تعليق ليلى: الله يحفظ أهل حضرموت & يعوضهم.\nهل من أرقام للطوارئ؟',
    });
    expect(byWp[2004]).toMatchObject({ status: 'spam', body: 'تعليق مزعج يربح الجوائز هنا ]]>' });
    expect(byWp[2005]).toMatchObject({ status: 'trash', previousStatus: 'approved' });
    expect(one<{ n: number }>('select approved_comment_count as n from articles where id = ?', articleOf(201)).n).toBe(2);
  });

  it('links comments and authors to an account that has the same email', async () => {
    db.insert(users).values({ email: 'layla.haddad@example.org', name: 'ليلى' }).run();
    db.insert(users).values({ email: 'huda@sahifa.test', name: 'هدى' }).run();
    const summary = await importWordPress(db, FIXTURE, options);
    expect(summary.authors.linkedToAccounts).toBe(1);
    const layla = one<{ id: string }>("select id from users where email = 'layla.haddad@example.org'").id;
    expect(all<{ userId: string; guestEmail: string | null }>("select user_id as userId, guest_email as guestEmail from comments where user_id = ?", layla)).toHaveLength(3);
    expect(one<{ userId: string }>("select user_id as userId from authors where slug = 'huda-s'").userId).toBeTruthy();
  });

  it('rolls back one item that the database refuses, alone, and imports the rest of its batch', async () => {
    sqliteOf(db).exec(`create trigger refuse_airport before insert on comments when new.body like '%القروض%'
                       begin select raise(abort, 'refused by the test'); end`);
    const summary = await importWordPress(db, FIXTURE, options);
    expect(summary.failed.map((f) => [f.wpId, f.reason])).toEqual([
      [207, expect.stringContaining('XML error')],
      [203, 'not imported: refused by the test'],
    ]);
    expect(summary.posts.imported).toBe(6);
    // Nothing of the refused post stayed: not the article, its map row, its tags or its old addresses.
    expect(all("select 1 from wp_import_map where kind = 'post' and wp_id = 203")).toHaveLength(0);
    expect(all("select 1 from articles where title = 'البنك المركزي يرفع الفائدة ربع نقطة'")).toHaveLength(0);
    expect(all(`select 1 from legacy_paths where path like '/2020/02/%'`)).toHaveLength(0);
    sqliteOf(db).exec('drop trigger refuse_airport');
    const again = await importWordPress(db, FIXTURE, options);
    expect(again.posts).toMatchObject({ imported: 1, unchanged: 6 });
  });

  it('changes nothing when run a second time', async () => {
    await importWordPress(db, FIXTURE, options);
    const before = snapshot();
    const second = await importWordPress(db, FIXTURE, options);
    expect(second.posts).toMatchObject({ imported: 0, updated: 0, unchanged: 7 });
    expect(second.comments).toMatchObject({ imported: 0, unchanged: 6 });
    expect(second.legacyPaths).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('updates a post WordPress changed since, but keeps an edit made here', async () => {
    await importWordPress(db, FIXTURE, options);
    const newer = copyWith([
      ['<wp:post_modified_gmt><![CDATA[2019-05-22 08:00:00]]>', '<wp:post_modified_gmt><![CDATA[2019-06-01 08:00:00]]>'],
      ['<wp:post_modified_gmt><![CDATA[2020-02-10 06:30:00]]>', '<wp:post_modified_gmt><![CDATA[2020-03-01 06:30:00]]>'],
      ['اجتاحت السيول مساء الثلاثاء', 'اجتاحت السيول الجارفة مساء الثلاثاء'],
      ['رفع البنك المركزي سعر الفائدة', 'رفع البنك المركزي مجدداً سعر الفائدة'],
    ]);
    sqliteOf(db).prepare('update articles set title = ?, updated_at = ? where id = ?').run('عنوان عدّله محرر هنا', Date.now(), articleOf(203));
    const summary = await importWordPress(db, newer, options);
    expect(summary.posts).toMatchObject({ updated: 1, keptLocalEdit: 1, unchanged: 5 });
    expect(one<{ body: string; version: number }>('select body, version from articles where id = ?', articleOf(201))).toMatchObject({
      body: expect.stringContaining('السيول الجارفة'),
      version: 2,
    });
    expect(one<{ title: string }>('select title from articles where id = ?', articleOf(203)).title).toBe('عنوان عدّله محرر هنا');
    fs.rmSync(newer);
  });

  it('keeps every old address of a post, category, tag and author, answered by the lookup', async () => {
    await importWordPress(db, FIXTURE, options);
    const id = articleOf(201);
    const slug = one<{ slug: string }>('select slug from articles where id = ?', id).slug;
    const target = `/news/${id}/${encodeURIComponent(slug)}`;
    const enc = (s: string) => encodeURIComponent(s);
    for (const [pathname, search] of [
      [`/2019/05/${enc('السيول-تجتاح-وادي-حضرموت')}/`, ''],
      [`/2019/05/${enc('السيول-تجتاح-وادي-حضرموت').toLowerCase()}/`, ''],
      [`/2019/05/21/${enc('السيول-تجتاح-وادي-حضرموت')}/`, ''],
      [`/${enc('السيول-تجتاح-وادي-حضرموت')}/`, ''],
      [`/2019/05/${enc('أمطار-غزيرة-في-حضرموت')}/`, ''],
      [`/2019/05/${enc('السيول-تجتاح-وادي-حضرموت')}/amp/`, ''],
      ['/', '?p=201'],
      ['/', '?attachment_id=202'],
    ]) {
      expect(legacyLocation(db, pathname!, search!), pathname).toBe(target);
    }
    // WordPress's comment pages become the article's comment pages; the first is the article.
    expect(legacyLocation(db, `/2019/05/${enc('السيول-تجتاح-وادي-حضرموت')}/comment-page-3/`, '')).toBe(`${target}/comment-page-3`);
    expect(legacyLocation(db, `/2019/05/${enc('السيول-تجتاح-وادي-حضرموت')}/comment-page-1/`, '')).toBe(target);
    expect(legacyLocation(db, `/category/${enc('محليات')}/${enc('حضرموت')}/`, '')).toBe(`/section/${enc('حضرموت')}`);
    expect(legacyLocation(db, '/category/money/page/2/', '')).toBe('/section/money/page/2');
    expect(legacyLocation(db, `/tag/${enc('سيول')}/`, '')).toBe(`/tag/${enc('سيول')}`);
    expect(legacyLocation(db, '/author/huda-s/', '')).toBe('/author/huda-s');
    // Their feeds: a post's is its comments', a category's its section's (and WordPress's ?feed=).
    expect(legacyLocation(db, `/2019/05/${enc('السيول-تجتاح-وادي-حضرموت')}/feed/`, '')).toBe(`${target}/feed`);
    expect(legacyLocation(db, `/${enc('السيول-تجتاح-وادي-حضرموت')}/feed/`, '')).toBe(`${target}/feed`);
    expect(legacyLocation(db, '/', '?p=201&feed=rss2')).toBe(`${target}/feed`);
    expect(legacyLocation(db, `/category/${enc('محليات')}/${enc('حضرموت')}/feed/`, '')).toBe(`/section/${enc('حضرموت')}/feed`);
    expect(legacyLocation(db, '/author/huda-s/feed/', '')).toBe('/author/huda-s/feed');
    expect(legacyLocation(db, '/feed/', '')).toBe('/feed');
    expect(legacyLocation(db, '/feed', '')).toBeNull();
    // A draft's old address leads nowhere until it is published.
    expect(legacyLocation(db, '/', '?p=204')).toBeNull();
    expect(legacyLocation(db, '/2019/05/unknown/', '')).toBeNull();
  });

  it('tells running servers what changed, through the outbox, after each batch', async () => {
    const before = latestInvalidationId(db);
    await importWordPress(db, FIXTURE, { ...options, batchSize: 2 });
    const rows = all<{ tags: string }>('select tags from cache_invalidations where id > ?', before);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const tags = new Set(rows.flatMap((r) => JSON.parse(r.tags) as string[]));
    expect(tags).toContain(`article:${articleOf(201)}`);
    expect(tags).toContain('articles');
  });

  it('a dry run reports the same and saves nothing', async () => {
    const before = snapshot();
    const dry = await importWordPress(db, FIXTURE, { ...options, dryRun: true });
    expect(dry.posts.imported).toBe(7);
    expect(dry.dryRun).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a --default-section that does not exist', async () => {
    await expect(importWordPress(db, FIXTURE, { ...options, defaultSection: 'nope' })).rejects.toThrow(ImportOptionError);
  });
});

describe('import runs (the admin screen)', () => {
  it('records a run from start to summary, newest first', async () => {
    const { createImportRun, finishImportRun, findImportRun, recentImportRuns, updateImportRunProgress } = await import('@/db/queries/import');
    const userId = db.insert(users).values({ email: 'admin-runs@example.com', name: 'مديرة' }).returning({ id: users.id }).get().id;
    createImportRun(db, { id: '00000000-0000-4000-8000-000000000001', fileName: 'old.xml', bytesTotal: 100, startedBy: userId });
    createImportRun(db, { id: '00000000-0000-4000-8000-000000000002', fileName: 'new.xml', bytesTotal: 200, startedBy: userId });
    updateImportRunProgress(db, '00000000-0000-4000-8000-000000000002', 50, { items: 3 });
    expect(findImportRun(db, '00000000-0000-4000-8000-000000000002')).toMatchObject({ status: 'running', bytesRead: 50, summary: { items: 3 } });
    finishImportRun(db, '00000000-0000-4000-8000-000000000002', { status: 'done', summary: { posts: 1 }, error: null });
    expect(findImportRun(db, '00000000-0000-4000-8000-000000000002')).toMatchObject({ status: 'done', bytesRead: 200, summary: { posts: 1 }, finishedAt: expect.any(Date) });
    expect(recentImportRuns(db, 10).map((r) => r.fileName)).toEqual(expect.arrayContaining(['old.xml', 'new.xml']));
    expect(findImportRun(db, 'missing')).toBeNull();
  });
});
