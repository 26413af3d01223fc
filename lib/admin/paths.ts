import { z } from 'zod';
import type { Capability } from '@/lib/auth/roles';

export const adminPaths = {
  home: '/admin',
  comments: '/admin/comments',
  articles: '/admin/articles',
  articleNew: '/admin/articles/new',
  sections: '/admin/sections',
  tags: '/admin/tags',
  authors: '/admin/authors',
  import: '/admin/import',
  users: '/admin/users',
  settings: '/admin/settings',
  log: '/admin/log',
} as const;

/**
 * Who may open each admin page (and everything under it). The pages check it themselves, with
 * finer checks inside (a writer opens only their own article); the custom server only sets the
 * 403 status from it.
 */
export const adminPageAccess = {
  home: 'staff',
  comments: 'moderate',
  articles: 'staff',
  articleNew: 'write',
  sections: 'publish',
  tags: 'publish',
  authors: 'administer',
  import: 'administer',
  users: 'administer',
  settings: 'administer',
  log: 'administer',
} as const satisfies Record<keyof typeof adminPaths, Capability>;

/** What an admin URL's page asks for (the most specific admin path it falls under). */
export function capabilityForAdminPath(pathname: string): Capability {
  let best: keyof typeof adminPaths = 'home';
  for (const [page, path] of Object.entries(adminPaths) as [keyof typeof adminPaths, string][]) {
    if ((pathname === path || pathname.startsWith(`${path}/`)) && path.length > adminPaths[best].length) best = page;
  }
  return adminPageAccess[best];
}

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
