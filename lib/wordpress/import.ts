import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '@/db/client';
import { appendInvalidation } from '@/db/queries/cache-outbox';
import { importQueries, type ImportQueries } from '@/db/queries/import';
import { legacyKey, saveLegacyPath, sqliteOf } from '@/db/queries/legacy-paths';
import { syncCommentSearch } from '@/db/queries/comment-search';
import { syncSearchIndex } from '@/db/queries/search-index';
import { hashAddress } from '@/lib/address-hash';
import { slugify } from '@/lib/arabic/slugify';
import { articleWriteTags, cacheTags } from '@/lib/cache-tags';
import { convertBody, type ConvertedBody } from './body';
import {
  authorNicename,
  commentText,
  decodeSlug,
  excerptFrom,
  isUncategorized,
  mapComment,
  mapPostStatus,
  parseGmt,
  plainTitle,
  wpDate,
} from './map';
import { bump, emptySummary, FAILURE_LIMIT, SAMPLE_SIZE, type ImportSummary } from './summary';
import { readWxrFile, type WxrAuthor, type WxrCategory, type WxrComment, type WxrItem, type WxrTag } from './wxr-reader';

// One import run (docs/wordpress-import-research.md §3): the file is read as a stream; items go
// in batches of ~100 per transaction, each item in its own SAVEPOINT, so a broken item rolls back
// alone and the rest goes on. Every row is keyed through wp_import_map, so a second run changes
// nothing. After each batch commits, the cache tags it touched go to the outbox, which running
// servers apply: the site shows imported articles without a restart.

export type ImportProgress = { bytesRead: number; bytesTotal: number; items: number; posts: number; comments: number; failed: number; elapsedMs: number };

export type ImportOptions = {
  /** Section for posts whose only category is WordPress's default one (slug). */
  defaultSection?: string;
  /** Author for posts whose login is not in the export's author list (slug). */
  fallbackAuthor?: string;
  /** Runs against a copy of the database, which is then thrown away. */
  dryRun?: boolean;
  timeZone: string;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** The file's name as the summary shows it (the admin upload stores it under another). */
  displayName?: string;
};

/** A flag that names something that does not exist here (--default-section, --fallback-author). */
export class ImportOptionError extends Error {}

export async function importWordPress(database: DB, file: string, options: ImportOptions): Promise<ImportSummary> {
  if (!options.dryRun) return new Importer(database, file, options).run();
  const copy = path.join(os.tmpdir(), `khabar-dry-run-${process.pid}-${Date.now()}.db`);
  await sqliteOf(database).backup(copy);
  const { sqlite, db } = openDatabase(copy);
  try {
    return await new Importer(db, file, options).run();
  } finally {
    sqlite.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  }
}

type Prepared = { item: WxrItem; body: ConvertedBody };

/**
 * A copy that owns its characters. The parser's values are slices of the 256 KB chunk they came
 * in, and a slice keeps its whole chunk alive: anything kept past its item (attachments, emails)
 * would otherwise hold most of the file in memory.
 */
const UNCONVERTED: ConvertedBody = { html: '', text: '', droppedShortcodes: {}, externalImages: [] };

const detach = (value: string): string => Buffer.from(value, 'utf8').toString('utf8');
type Created = { sections: number; tags: number; authors: number; linked: number };

const KHABAR_ROUTES = new Set(['news', 'section', 'tag', 'author', 'admin', 'api', 'login', 'signup', 'account', 'media', '_next']);

class Importer {
  private readonly q: ImportQueries;
  private readonly summary: ImportSummary;
  private readonly started = Date.now();
  private site = '';
  private readonly authors = new Map<string, WxrAuthor>();
  private readonly authorEmails = new Map<number, string>();
  private readonly categories = new Map<string, WxrCategory>();
  private readonly categoriesById = new Map<number, WxrCategory>();
  private readonly tags = new Map<string, WxrTag>();
  private readonly attachments = new Map<number, { url: string; parent: number }>();
  private readonly thumbnails: { postId: number; attachmentId: number }[] = [];
  private readonly userIds = new Map<string, string | null>();
  private defaultSectionId: number | null = null;
  private fallbackAuthorId: number | null = null;
  private batch: Prepared[] = [];
  private touched = new Set<string>();
  private postsSeen = 0;
  private commentsSeen = 0;

  constructor(
    private readonly database: DB,
    private readonly file: string,
    private readonly options: ImportOptions,
  ) {
    this.q = importQueries(database);
    this.summary = emptySummary(options.displayName ?? path.basename(file), !!options.dryRun);
  }

  async run(): Promise<ImportSummary> {
    this.resolveFlags();
    const reader = readWxrFile(this.file);
    this.summary.bytes = reader.bytesTotal;
    const size = this.options.batchSize ?? 100;
    for await (const record of reader.records) {
      switch (record.kind) {
        case 'channel':
          this.site = (record.channel.baseSiteUrl || record.channel.baseBlogUrl || 'wordpress').replace(/\/+$/, '');
          this.summary.site = this.site;
          break;
        case 'author':
          this.authors.set(record.author.login, record.author);
          this.authorEmails.set(record.author.id, detach(record.author.email));
          break;
        case 'category':
          this.categories.set(decodeSlug(record.category.nicename), record.category);
          this.categoriesById.set(record.category.id, record.category);
          break;
        case 'tag':
          this.tags.set(decodeSlug(record.tag.slug), record.tag);
          break;
        case 'error':
          this.summary.xmlErrors.push({ line: record.line, message: record.message });
          break;
        case 'item':
          this.summary.items++;
          this.accept(record.item);
          if (this.batch.length >= size) {
            this.flush();
            this.progress(reader.bytesRead(), reader.bytesTotal);
            // Let the server answer requests between batches when the import runs inside it.
            await new Promise((resolve) => setImmediate(resolve));
          }
      }
    }
    this.flush();
    this.finish();
    this.progress(reader.bytesTotal, reader.bytesTotal);
    this.summary.elapsedMs = Date.now() - this.started;
    return this.summary;
  }

  private resolveFlags(): void {
    const { defaultSection, fallbackAuthor } = this.options;
    if (defaultSection) {
      this.defaultSectionId = this.q.sectionBySlug(defaultSection);
      if (this.defaultSectionId === null) throw new ImportOptionError(`--default-section: no section with the slug "${defaultSection}".`);
    }
    if (fallbackAuthor) {
      this.fallbackAuthorId = this.q.authorBySlug(fallbackAuthor);
      if (this.fallbackAuthorId === null) throw new ImportOptionError(`--fallback-author: no author with the slug "${fallbackAuthor}".`);
    }
  }

  private progress(bytesRead: number, bytesTotal: number): void {
    this.options.onProgress?.({
      bytesRead,
      bytesTotal,
      items: this.summary.items,
      posts: this.postsSeen,
      comments: this.commentsSeen,
      failed: this.summary.failedCount,
      elapsedMs: Date.now() - this.started,
    });
  }

  private fail(item: WxrItem, reason: string): void {
    this.summary.failedCount++;
    if (this.summary.failed.length < FAILURE_LIMIT) this.summary.failed.push({ wpId: item.postId, line: item.line, reason });
  }

  private note(wpId: number, message: string): void {
    if (this.summary.notes.length < FAILURE_LIMIT) this.summary.notes.push({ wpId, message });
  }

  /** Sorts an item: failed, skipped, remembered (attachments), or queued for the next batch. */
  private accept(item: WxrItem): void {
    if (item.errors.length) return this.fail(item, `${item.errors[0]} (item lines ${item.line}–${item.endLine})`);
    if (item.postId === null) return this.fail(item, 'the item has no <wp:post_id>');
    if (!item.postType) return this.fail(item, 'the item has no <wp:post_type>');
    if (item.postType === 'attachment') {
      this.attachments.set(item.postId, { url: detach(item.attachmentUrl || item.guid), parent: item.postParent });
      return bump(this.summary.skipped, 'attachment');
    }
    if (item.postType === 'page') {
      this.summary.pages.count++;
      if (this.summary.pages.sample.length < SAMPLE_SIZE) this.summary.pages.sample.push({ id: item.postId, title: detach(plainTitle(item.title)), link: detach(item.link) });
      return bump(this.summary.skipped, 'page');
    }
    if (item.postType !== 'post') return bump(this.summary.skipped, item.postType);
    const status = mapPostStatus(item.status, item.postPassword);
    if ('skip' in status) return bump(this.summary.skipped, `post (${status.skip})`);
    this.postsSeen++;
    this.commentsSeen += item.comments.length;
    // A post imported before and not changed in WordPress since keeps its body: no need to convert it.
    const known = this.q.mapGet(this.site, 'post', item.postId);
    const modified = parseGmt(item.postModifiedGmt)?.getTime() ?? null;
    const changed = !known || (modified !== null && (known.sourceModified === null || modified > known.sourceModified));
    try {
      this.batch.push({ item, body: changed ? convertBody(item.content, { siteUrl: this.site }) : UNCONVERTED });
    } catch (error) {
      this.fail(item, `the body could not be converted: ${(error as Error).message}`);
    }
  }

  /** One transaction for the batch, one savepoint per item. */
  private flush(): void {
    if (!this.batch.length) return;
    const batch = this.batch;
    this.batch = [];
    this.touched = new Set();
    const results: (() => void)[] = [];
    try {
      this.q.transaction(() => {
        for (const prepared of batch) {
          try {
            results.push(this.q.transaction(() => this.importPost(prepared)));
          } catch (error) {
            this.fail(prepared.item, `not imported: ${(error as Error).message}`);
          }
        }
      });
    } catch (error) {
      for (const prepared of batch) this.fail(prepared.item, `the batch could not be saved: ${(error as Error).message}`);
      return;
    }
    // Counted only once the batch is committed, so a rolled-back item counts as failed, not imported.
    for (const apply of results) apply();
    if (!this.options.dryRun) appendInvalidation(this.database, [...this.touched]);
  }

  /** Returns what to add to the summary once the batch has committed. */
  private importPost({ item, body }: Prepared): () => void {
    const wpId = item.postId!;
    const mapping = mapPostStatus(item.status, item.postPassword);
    if ('skip' in mapping) throw new Error('unreachable');
    const tz = this.options.timeZone;
    const modified = parseGmt(item.postModifiedGmt)?.getTime() ?? null;
    const date = wpDate(item.postDateGmt, item.postDate, tz)?.getTime() ?? null;
    const publishes = mapping.status === 'published' || mapping.status === 'scheduled';
    const notes: string[] = mapping.note ? [mapping.note] : [];
    if (publishes && date === null) notes.push('no publication date in the export: the modification date is used');
    const realTitle = plainTitle(item.title);
    const title = realTitle || `بلا عنوان (${wpId})`;
    const fromTitle = realTitle ? slugify(realTitle) : '';
    const fromName = decodeSlug(item.postName);
    const slug = (fromTitle !== 'article' && fromTitle) || (fromName && slugify(fromName.replace(/-/g, ' '))) || `wp-${wpId}`;
    const created = { sections: 0, tags: 0, authors: 0, linked: 0 };
    const { sectionId, tagIds: categoryTags } = this.terms(item, created);
    const authorId = this.authorFor(item.creator, wpId, notes, created);
    const values = {
      slug,
      title,
      excerpt: excerptFrom(item.excerpt, body.text),
      body: body.text,
      bodyHtml: body.html,
      sectionId,
      authorId,
      status: mapping.status,
      publishedAt: publishes ? (date ?? modified ?? 0) : null,
      updatedAt: modified ?? date ?? parseGmt(item.postDate)?.getTime() ?? 0,
      commentsOpen: item.commentStatus === 'open',
    };
    const tagIds = [...new Set(categoryTags)];
    const existing = this.q.mapGet(this.site, 'post', wpId);
    let outcome: 'imported' | 'updated' | 'unchanged' | 'keptLocalEdit';
    let articleId: number;
    let oldTags: number[] = [];
    if (!existing) {
      articleId = this.q.insertArticle(values);
      this.q.setArticleTags(articleId, tagIds);
      this.q.addRevision(articleId, values, values.updatedAt);
      this.q.mapSet(this.site, 'post', wpId, articleId, modified);
      outcome = 'imported';
    } else {
      articleId = Number(existing.localId);
      const row = this.q.article(articleId);
      if (!row) {
        notes.push('deleted in Khabar since the last import: not created again');
        outcome = 'unchanged';
      } else if (modified === null || (existing.sourceModified !== null && modified <= existing.sourceModified)) {
        outcome = 'unchanged';
      } else if (existing.sourceModified === null || row.updatedAt !== existing.sourceModified) {
        outcome = 'keptLocalEdit';
      } else {
        this.q.updateArticle(articleId, values);
        oldTags = this.q.setArticleTags(articleId, tagIds);
        this.q.addRevision(articleId, values, values.updatedAt);
        this.q.mapSet(this.site, 'post', wpId, articleId, modified);
        outcome = 'updated';
      }
    }
    const exists = outcome !== 'unchanged' || !!this.q.article(articleId);
    const legacy = exists ? this.legacyPathsFor(item, articleId) : 0;
    const comments = exists ? this.comments(item, articleId, values.publishedAt ?? values.updatedAt) : null;
    const thumbnail = item.meta.find((m) => m.key === '_thumbnail_id')?.value;
    if (outcome === 'imported' || outcome === 'updated' || comments?.imported) {
      for (const tag of articleWriteTags({ id: articleId, sectionIds: [sectionId], tagIds: [...tagIds, ...oldTags], authorIds: [authorId] })) {
        this.touched.add(tag);
      }
      this.touched.add(cacheTags.comments(articleId));
    }
    if (created.sections) this.touched.add(cacheTags.sections);
    return () => {
      const s = this.summary;
      s.posts[outcome]++;
      if (outcome === 'imported' || outcome === 'updated') {
        s.posts.byStatus[mapping.status]++;
        for (const [name, n] of Object.entries(body.droppedShortcodes)) bump(s.shortcodesDropped, name, n);
        s.externalImages.count += body.externalImages.length;
        for (const url of body.externalImages) if (s.externalImages.sample.length < SAMPLE_SIZE) s.externalImages.sample.push(detach(url));
        if (thumbnail && /^\d+$/.test(thumbnail)) this.thumbnails.push({ postId: wpId, attachmentId: Number(thumbnail) });
      }
      s.sections.created += created.sections;
      s.tags.created += created.tags;
      s.authors.created += created.authors;
      s.authors.linkedToAccounts += created.linked;
      s.legacyPaths += legacy;
      if (comments) {
        s.comments.imported += comments.imported;
        s.comments.unchanged += comments.unchanged;
        for (const [k, n] of Object.entries(comments.byStatus)) bump(s.comments.byStatus, k, n);
        for (const [k, n] of Object.entries(comments.skipped)) bump(s.comments.skipped, k, n);
      }
      for (const message of notes) this.note(wpId, message);
    };
  }

  /** The post's section (its primary category) and tags (its tags and other categories). */
  private terms(item: WxrItem, created: Created): { sectionId: number; tagIds: number[] } {
    const categories = item.terms
      .filter((t) => t.domain === 'category')
      .map((t) => ({ slug: decodeSlug(t.nicename) || slugify(t.name), name: plainTitle(t.name) }))
      .filter((t) => t.slug && !isUncategorized(t.slug));
    const primaryId = Number(item.meta.find((m) => m.key === '_yoast_wpseo_primary_category')?.value);
    const primarySlug = this.categoriesById.get(primaryId)?.nicename;
    const primaryIndex = primarySlug ? categories.findIndex((c) => c.slug === decodeSlug(primarySlug)) : -1;
    const [primary] = primaryIndex > 0 ? categories.splice(primaryIndex, 1) : categories.splice(0, 1);
    const sectionId = primary ? this.sectionFor(primary.slug, primary.name, created) : this.defaultSection(created);
    const tagIds = [
      ...categories.map((c) => this.tagFor(c.slug, c.name, 'category', created)),
      ...item.terms
        .filter((t) => t.domain === 'post_tag')
        .map((t) => ({ slug: decodeSlug(t.nicename) || slugify(t.name), name: plainTitle(t.name) }))
        .filter((t) => t.slug && t.name)
        .map((t) => this.tagFor(t.slug, t.name, 'tag', created)),
    ];
    return { sectionId, tagIds };
  }

  private defaultSection(created: { sections: number }): number {
    if (this.defaultSectionId !== null) return this.defaultSectionId;
    const first = this.q.firstSection();
    if (first !== null) return first;
    created.sections++;
    return this.q.insertSection('منوعات', 'منوعات');
  }

  private sectionFor(slug: string, name: string, created: { sections: number }): number {
    const category = this.categories.get(slug);
    const mapped = category && this.q.mapGet(this.site, 'category', category.id);
    if (mapped?.localId.startsWith('section:')) {
      const id = Number(mapped.localId.slice('section:'.length));
      if (this.q.sectionExists(id)) return id;
    }
    const label = (category && plainTitle(category.name)) || name;
    // A section of the same name already here (the seed's «سياسة» under /section/politics) is the same section.
    let id = this.q.sectionBySlug(slug) ?? (label ? this.q.sectionByName(label) : null);
    if (id === null) {
      id = this.q.insertSection(slug, label || slug);
      created.sections++;
    }
    if (category) this.q.mapSet(this.site, 'category', category.id, `section:${id}`);
    for (const key of this.categoryPaths(slug)) saveLegacyPath(this.database, key, 'section', id, true);
    return id;
  }

  private tagFor(slug: string, name: string, from: 'category' | 'tag', created: { tags: number }): number {
    const term = from === 'category' ? this.categories.get(slug) : this.tags.get(slug);
    const mapped = term && this.q.mapGet(this.site, from, term.id);
    if (mapped?.localId.startsWith('tag:')) {
      const id = Number(mapped.localId.slice('tag:'.length));
      if (this.q.tagExists(id)) return id;
    }
    let id = this.q.tagBySlug(slug) ?? this.q.tagByName(name || slug);
    if (id === null) {
      id = this.q.insertTag(slug, name || slug);
      created.tags++;
    }
    if (term && !mapped) this.q.mapSet(this.site, from, term.id, `tag:${id}`);
    const keys = from === 'category' ? this.categoryPaths(slug) : [`/tag/${slug}`];
    for (const key of keys) saveLegacyPath(this.database, legacyKey(key) ?? key, 'tag', id);
    return id;
  }

  /** /category/<slug> and, for a child category, /category/<parent>/<slug>. */
  private categoryPaths(slug: string): string[] {
    const chain = [slug];
    for (let c = this.categories.get(slug); c?.parent && chain.length < 10; c = this.categories.get(decodeSlug(c.parent))) {
      chain.unshift(decodeSlug(c.parent));
    }
    const paths = [`/category/${slug}`];
    if (chain.length > 1) paths.push(`/category/${chain.join('/')}`);
    return paths.map((p) => legacyKey(p) ?? p);
  }

  private authorFor(login: string, wpId: number, notes: string[], created: Created): number {
    const wp = this.authors.get(login);
    if (!wp) {
      if (this.fallbackAuthorId !== null) {
        notes.push(`author "${login}" is not in the export's author list: the fallback author was used`);
        return this.fallbackAuthorId;
      }
      notes.push(`author "${login}" is not in the export's author list: an author was created from the login`);
    }
    const mapped = wp && this.q.mapGet(this.site, 'author', wp.id);
    if (mapped && this.q.authorExists(Number(mapped.localId))) return Number(mapped.localId);
    const slug = authorNicename(wp?.login ?? login);
    let id = this.q.authorBySlug(slug);
    if (id === null) {
      const userId = wp?.email ? this.userIdFor(wp.email) : null;
      id = this.q.insertAuthor(slug, plainTitle(wp?.displayName ?? '') || wp?.login || login || `wp-${wpId}`, userId);
      created.authors++;
      if (userId) created.linked++;
    }
    if (wp) this.q.mapSet(this.site, 'author', wp.id, id);
    saveLegacyPath(this.database, legacyKey(`/author/${slug}`)!, 'author', id);
    return id;
  }

  private userIdFor(email: string): string | null {
    const key = detach(email.trim().toLowerCase());
    if (!key) return null;
    if (!this.userIds.has(key)) this.userIds.set(key, this.q.userIdByEmail(key));
    return this.userIds.get(key) ?? null;
  }

  /** The post's old addresses: its permalink, ?p=<id>, and each slug it had, in WordPress's shapes. */
  private legacyPathsFor(item: WxrItem, articleId: number): number {
    const keys = new Set<string>([`/?p=${item.postId}`]);
    const linkPath = this.sitePath(item.link);
    if (linkPath && !/^\/?(?:\?|$)/.test(linkPath)) keys.add(linkPath);
    const slugs = [item.postName, ...item.meta.filter((m) => m.key === '_wp_old_slug').map((m) => m.value)].map(decodeSlug).filter(Boolean);
    const local = item.postDate.match(/^(\d{4})-(\d{2})-(\d{2})/);
    const linkPrefix = linkPath && item.postName ? linkPath.replace(/\/+$/, '').replace(/\/[^/]+$/, '') : null;
    for (const slug of slugs) {
      keys.add(`/${slug}`);
      if (local && local[1] !== '0000') {
        keys.add(`/${local[1]}/${local[2]}/${slug}`);
        keys.add(`/${local[1]}/${local[2]}/${local[3]}/${slug}`);
      }
      if (linkPrefix) keys.add(`${linkPrefix}/${slug}`);
    }
    let saved = 0;
    for (const raw of keys) {
      const q = raw.indexOf('?');
      const key = legacyKey(q < 0 ? raw : raw.slice(0, q), q < 0 ? '' : raw.slice(q));
      if (!key || key === '/' || KHABAR_ROUTES.has(key.split('/')[1] ?? '')) continue;
      saved += saveLegacyPath(this.database, key, 'article', articleId);
    }
    return saved;
  }

  /** The path (and query) of a link into the old site; null for another site's link. */
  private sitePath(link: string): string | null {
    if (!link) return null;
    try {
      const url = new URL(link, this.site || 'http://wordpress.invalid');
      const site = this.site ? new URL(this.site) : null;
      if (site && url.host.replace(/^www\./, '') !== site.host.replace(/^www\./, '')) return null;
      const base = site?.pathname.replace(/\/+$/, '') ?? '';
      const pathname = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
      return pathname + url.search;
    } catch {
      return null;
    }
  }

  /** New comments inserted with their parents (a reply can come before its parent); known ones left alone. */
  private comments(item: WxrItem, articleId: number, fallbackDate: number) {
    const result = { imported: 0, unchanged: 0, byStatus: {} as Record<string, number>, skipped: {} as Record<string, number> };
    const local = new Map<number, number>();
    const byId = new Map<number, WxrComment>();
    for (const c of item.comments) if (c.id !== null) byId.set(c.id, c);
    const visiting = new Set<number>();
    const done = new Set<number>();
    let approved = false;
    const place = (c: WxrComment): number | null => {
      if (c.id === null || done.has(c.id)) return local.get(c.id ?? -1) ?? null;
      done.add(c.id);
      const known = this.q.mapGet(this.site, 'comment', c.id);
      if (known) {
        local.set(c.id, Number(known.localId));
        result.unchanged++;
        return Number(known.localId);
      }
      const mapped = mapComment(c.approved, c.type, c.meta);
      if ('skip' in mapped) {
        bump(result.skipped, mapped.skip);
        return null;
      }
      const text = commentText(c.content);
      if (!text) {
        bump(result.skipped, 'empty');
        return null;
      }
      visiting.add(c.id);
      let parentId: number | null = null;
      if (c.parent) {
        const parent = byId.get(c.parent);
        // A parent skipped (a pingback) or missing leaves the reply at the top level; a loop is cut.
        if (parent && !visiting.has(c.parent)) parentId = place(parent);
        else if (!parent) {
          const earlier = this.q.mapGet(this.site, 'comment', c.parent);
          parentId = earlier ? Number(earlier.localId) : null;
        }
      }
      visiting.delete(c.id);
      const email = (c.userId ? this.authorEmails.get(c.userId) : '') || c.email;
      const userId = email ? this.userIdFor(email) : null;
      const id = this.q.insertComment({
        articleId,
        parentId,
        userId,
        guestName: userId ? null : plainTitle(c.author).slice(0, 100) || 'زائر',
        guestEmail: userId ? null : c.email.trim().toLowerCase() || null,
        body: text,
        status: mapped.status,
        previousStatus: mapped.previousStatus,
        createdAt: wpDate(c.dateGmt, c.date, this.options.timeZone)?.getTime() ?? fallbackDate,
        ipHash: c.ip ? hashAddress(c.ip) : null,
      });
      this.q.mapSet(this.site, 'comment', c.id, id);
      local.set(c.id, id);
      result.imported++;
      bump(result.byStatus, mapped.status);
      if (mapped.status === 'approved') approved = true;
      return id;
    };
    for (const c of item.comments) {
      if (c.id === null) bump(result.skipped, 'no id');
      else place(c);
    }
    if (approved) this.q.recountApproved(articleId);
    return result;
  }

  /** After the last item: featured images and the old addresses of attachments. */
  private finish(): void {
    for (const { postId, attachmentId } of this.thumbnails) {
      const attachment = this.attachments.get(attachmentId);
      this.summary.featuredImages.count++;
      if (this.summary.featuredImages.sample.length < SAMPLE_SIZE) {
        this.summary.featuredImages.sample.push({ postId, url: attachment?.url ?? `attachment ${attachmentId} (not in the export)` });
      }
    }
    let saved = 0;
    this.q.transaction(() => {
      for (const [id, attachment] of this.attachments) {
        const post = attachment.parent ? this.q.mapGet(this.site, 'post', attachment.parent) : undefined;
        if (post) saved += saveLegacyPath(this.database, `/?attachment_id=${id}`, 'article', Number(post.localId));
      }
    });
    this.summary.legacyPaths += saved;
    // The triggers queued every imported article and comment; indexing them here spares the first search.
    syncSearchIndex(this.database);
    syncCommentSearch(this.database);
  }
}
