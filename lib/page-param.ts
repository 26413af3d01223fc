import { z } from 'zod';

const PAGE_DIGITS = '[1-9][0-9]{0,5}';
const PAGE_PATTERN = new RegExp(`^${PAGE_DIGITS}$`);
/** The last segment of an article's comment page, WordPress's `comment-page-N` (for the server's URL tests). */
export const COMMENT_PAGE_SEGMENT = `comment-page-${PAGE_DIGITS}`;
const COMMENT_PAGE_PATTERN = new RegExp(`^comment-page-(${PAGE_DIGITS})$`);
const ID_PATTERN = /^[1-9][0-9]{0,9}$/;
const MAX_ID = 2_147_483_647;

/** "2" → 2; "0", "-1", "abc", "1e3" or a seven-digit number → null (the route answers 404). */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined || !PAGE_PATTERN.test(value)) return null;
  return Number(value);
}

/** "comment-page-2" → 2; anything else ("comment-page-0", "comment-page-02", "page-2") → null. */
export function parseCommentPageParam(value: string): number | null {
  const match = COMMENT_PAGE_PATTERN.exec(value);
  return match ? Number(match[1]) : null;
}

/** "/news/42/…" ids: positive integers that fit SQLite's rowid as the app uses it. */
export function parseIdParam(value: string): number | null {
  if (!ID_PATTERN.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

/** The same ids as parseIdParam(), as a zod schema for query strings. */
export const idParamSchema = z.string().regex(ID_PATTERN).transform(Number).pipe(z.number().max(MAX_ID));
