const PAGE_PATTERN = /^[1-9][0-9]{0,5}$/;

/** "2" → 2; "0", "-1", "abc", "1e3" or a seven-digit number → null (the route answers 404). */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined || !PAGE_PATTERN.test(value)) return null;
  return Number(value);
}

/** "/news/42/…" ids: positive integers that fit SQLite's rowid as the app uses it. */
export function parseIdParam(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}
