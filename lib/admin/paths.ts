import { z } from 'zod';

export const adminPaths = {
  home: '/admin',
  comments: '/admin/comments',
  articles: '/admin/articles',
  users: '/admin/users',
  settings: '/admin/settings',
  log: '/admin/log',
} as const;

/** A path back into the admin area, from a form's hidden field; anything else falls back. */
export function adminReturnTo(value: unknown, fallback: string = adminPaths.home): string {
  const parsed = z
    .string()
    .max(2048)
    .refine((v) => /^\/admin(?:[/?]|$)/.test(v) && !v.includes('\\'))
    .safeParse(value);
  if (!parsed.success) return fallback;
  const url = new URL(parsed.data, 'http://khabar.invalid');
  if (!/^\/admin(?:\/|$)/.test(url.pathname)) return fallback;
  url.searchParams.delete('flash');
  return `${url.pathname}${url.search}`;
}

/** The URL with these query values (empty ones dropped), for links and pagination. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
