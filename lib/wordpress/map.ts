import type { ArticleStatus, CommentStatus } from '@/db/schema';
import { cleanText } from '@/lib/validation/text';
import { decodeEntities } from './entities';

// WordPress values → Khabar's (docs/wordpress-import-research.md §3). Pure functions, unit tested.

export type PostStatusMapping = { status: ArticleStatus; note?: string } | { skip: string };

/** publish → published, future → scheduled, pending → review, draft/private → draft (private reported). */
export function mapPostStatus(status: string, password: string): PostStatusMapping {
  const protectedNote = password ? 'password-protected in WordPress: imported as a draft' : undefined;
  switch (status) {
    case 'publish':
      return protectedNote ? { status: 'draft', note: protectedNote } : { status: 'published' };
    case 'future':
      return protectedNote ? { status: 'draft', note: protectedNote } : { status: 'scheduled' };
    case 'pending':
      return { status: 'review' };
    case 'draft':
      return { status: 'draft' };
    case 'private':
      return { status: 'draft', note: 'private in WordPress: imported as a draft' };
    default:
      return { skip: status || 'no status' };
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** "2017-09-14 07:30:00" (UTC) → Date; WordPress's zero date and anything unreadable → null. */
export function parseGmt(value: string): Date | null {
  const m = DATE.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** A site-local "2017-09-14 10:30:00" in `timeZone` → the instant it names. */
export function parseLocal(value: string, timeZone: string): Date | null {
  const utc = parseGmt(value);
  if (!utc) return null;
  // The wall-clock reading in the zone differs from UTC by the zone's offset at that instant;
  // a second pass settles a guess that fell on the other side of a DST change.
  let guess = utc.getTime() - zoneOffset(utc.getTime(), timeZone);
  guess = utc.getTime() - zoneOffset(guess, timeZone);
  return new Date(guess);
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneOffset(instant: number, timeZone: string): number {
  let format = zoneFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The GMT date, or the local one read in the site's zone: never "now" (a re-import must compare equal). */
export function wpDate(gmt: string, local: string, timeZone: string): Date | null {
  return parseGmt(gmt) ?? parseLocal(local, timeZone);
}

/** A WordPress slug as stored (percent-encoded, lowercase hex) → the text it stands for. */
export function decodeSlug(value: string): string {
  let text = value.trim();
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // A slug cut inside an escape: decode what can be decoded, escape by escape.
      text = text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return '';
        }
      });
    }
  }
  return text.normalize('NFC').replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/^-+|-+$/g, '');
}

/** WordPress's author nicename from a login: lowercased, anything but a-z 0-9 _ - becomes "-". */
export function authorNicename(login: string): string {
  return login.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'author';
}

const UNCATEGORIZED = new Set(['uncategorized', 'غير-مصنف']);

export function isUncategorized(slug: string): boolean {
  return UNCATEGORIZED.has(slug);
}

/** A title or name: entities decoded, tags gone, spaces collapsed. */
export function plainTitle(value: string): string {
  return cleanText(decodeEntities(value.replace(/<[^>]*>/g, ''))).replace(/\s+/g, ' ');
}

export type CommentMapping = { status: CommentStatus; previousStatus: CommentStatus | null } | { skip: string };

/** 1 → approved, 0 → pending, spam, trash (remembering where it was) ; pingbacks and plugin types skipped. */
export function mapComment(approved: string, type: string, meta: Record<string, string>): CommentMapping {
  if (type && type !== 'comment') return { skip: type };
  switch (approved) {
    case '1':
      return { status: 'approved', previousStatus: null };
    case '0':
      return { status: 'pending', previousStatus: null };
    case 'spam':
      return { status: 'spam', previousStatus: null };
    case 'trash':
    case 'post-trashed': {
      const before = meta._wp_trash_meta_status;
      return { status: 'trash', previousStatus: before === '1' ? 'approved' : before === 'spam' ? 'spam' : 'pending' };
    }
    default:
      return { skip: `status ${approved || 'empty'}` };
  }
}

/** A comment's HTML → the plain text Khabar stores: line breaks kept, links become their text. */
export function commentText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>/gi, '\n\n')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '');
  return cleanText(decodeEntities(text));
}

/** A plain excerpt: the WordPress one, or the body's first paragraph cut on a word boundary. */
export function excerptFrom(excerpt: string, bodyText: string, max = 200): string {
  const given = plainTitle(excerpt);
  if (given) return given.length > max ? cut(given, max) : given;
  const first = bodyText.split(/\n{2,}/)[0]?.trim() ?? '';
  return first.length > max ? cut(first, max) : first;
}

function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trim()}…`;
}
