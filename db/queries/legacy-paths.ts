import type { Database, Statement } from 'better-sqlite3';
import type { DB } from '../client';
import type { legacyPathKinds } from '../schema';

// Old (WordPress) addresses kept as keys of legacy_paths: one normalized, decoded form per address,
// so /2017/09/%D8%B3/ (what browsers send), /2017/09/%d8%b3 (what WordPress wrote) and the IRI form
// are one row. No 'server-only': the custom server (scripts/serve.ts) and the import CLI use it too.

export type LegacyKind = (typeof legacyPathKinds)[number];
export type LegacyTarget = { kind: LegacyKind; id: number; slug: string };

/** The query parameters WordPress answers on its home page (?p=123 and friends). */
export const LEGACY_QUERY_KEYS = ['p', 'page_id', 'cat', 'tag', 'author', 'attachment_id'] as const;

/**
 * One key per old address: percent-decoded, NFC, ASCII lowercased, `//` collapsed, a leading
 * /index.php and the trailing slash dropped; on the home page, the first WordPress query parameter.
 * Null when the path cannot be decoded.
 */
export function legacyKey(pathname: string, search = ''): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  path = path
    .normalize('NFC')
    .replace(/[A-Z]+/g, (s) => s.toLowerCase())
    .replace(/\/{2,}/g, '/')
    .replace(/^\/index\.php(?=\/|$)/, '');
  path = path.replace(/\/+$/, '') || '/';
  if (!path.startsWith('/')) path = `/${path}`;
  if (path === '/' && search) {
    const params = new URLSearchParams(search);
    for (const key of LEGACY_QUERY_KEYS) {
      const value = params.get(key)?.trim().normalize('NFC').toLowerCase();
      if (value) return `/?${key}=${value}`;
    }
  }
  return path;
}

const POST_SUFFIX = /\/(?:amp|embed|(feed)(?:\/(?:rss2?|atom|rdf))?|trackback|comment-page-(\d{1,6})|\d{1,3})$/;
const LIST_PAGE = /\/page\/(\d{1,6})$/;

/**
 * The suffixes WordPress adds to a post or a list (/amp, /feed, /2, /page/3, /comment-page-2) taken
 * off: the key to try next, with the list's page, the post's comment page, or that its feed was asked for.
 */
export function strippedLegacyKey(key: string): { key: string; page: number; commentPage?: number; feed?: true } | null {
  const page = LIST_PAGE.exec(key);
  if (page) return { key: key.slice(0, page.index), page: Number(page[1]) };
  const suffix = POST_SUFFIX.exec(key);
  const post = suffix && key.slice(0, suffix.index);
  // A number (a post's page 2) only after two segments, so /archives/123 and /2017/09 keep theirs; a
  // named suffix also after one (/%postname%/ permalinks: /<slug>/feed/).
  const numbered = !suffix?.[1] && !suffix?.[2] && /\/\d{1,3}$/.test(key);
  if (!suffix || !post || (numbered && key.split('/').length <= 3) || /^\/\d{4}\/\d{2}$/.test(post)) return null;
  if (suffix[2]) return { key: post, page: 1, commentPage: Number(suffix[2]) };
  return suffix[1] ? { key: post, page: 1, feed: true } : { key: post, page: 1 };
}

const LOOKUP_SQL = `
select l.kind as kind, l.target_id as id, coalesce(
  (select a.slug from articles a where l.kind = 'article' and a.id = l.target_id and a.status = 'published'),
  (select s.slug from sections s where l.kind = 'section' and s.id = l.target_id),
  (select t.slug from tags t where l.kind = 'tag' and t.id = l.target_id),
  (select u.slug from authors u where l.kind = 'author' and u.id = l.target_id)
) as slug
from legacy_paths l where l.path = ?`;

/** The better-sqlite3 connection under drizzle (drizzle() sets $client; the DB type leaves it out). */
export function sqliteOf(database: DB): Database {
  return (database as DB & { $client: Database }).$client;
}

const lookups = new WeakMap<object, Statement<[string], { kind: LegacyKind; id: number; slug: string | null }>>();

/** What an old address points at now (a primary-key read); an unpublished article is no target. */
export function findLegacyTarget(database: DB, key: string): LegacyTarget | null {
  const client = sqliteOf(database);
  let statement = lookups.get(client);
  if (!statement) {
    statement = client.prepare<[string], { kind: LegacyKind; id: number; slug: string | null }>(LOOKUP_SQL);
    lookups.set(client, statement);
  }
  const row = statement.get(key);
  return row?.slug != null ? { kind: row.kind, id: row.id, slug: row.slug } : null;
}

const inserts = new WeakMap<object, Statement<[string, LegacyKind, number]>>();

/**
 * Keeps an old address. The first target an address was given stays (two posts with the same
 * slug on different dates: the older link keeps its post), except that `replace` lets a section
 * take over an address a tag had.
 */
export function saveLegacyPath(database: DB, key: string, kind: LegacyKind, id: number, replace = false): number {
  const client = sqliteOf(database);
  if (replace) return client.prepare('insert or replace into legacy_paths (path, kind, target_id) values (?, ?, ?)').run(key, kind, id).changes;
  let statement = inserts.get(client);
  if (!statement) {
    statement = client.prepare<[string, LegacyKind, number]>('insert or ignore into legacy_paths (path, kind, target_id) values (?, ?, ?)');
    inserts.set(client, statement);
  }
  return statement.run(key, kind, id).changes;
}
