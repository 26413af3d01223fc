import 'server-only';
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

// With cacheComponents, a form posted without JavaScript re-renders the page without the action's
// state, so its errors and the typed text would be lost. Such a post instead stores the state here
// for a few minutes and redirects (303) to the form's page with `?flash=<token>`.

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;
const store = new Map<string, { state: unknown; expires: number }>();

/** Returns the state to a JavaScript caller; without JavaScript, redirects to `returnTo` with it. */
export async function formResult<S>(state: S, returnTo: string): Promise<S> {
  if ((await headers()).has('next-action')) return state;
  const now = Date.now();
  if (store.size >= MAX_ENTRIES) for (const [k, v] of store) if (v.expires <= now || store.size >= MAX_ENTRIES) store.delete(k);
  const token = randomBytes(16).toString('base64url');
  store.set(token, { state, expires: now + TTL_MS });
  const url = new URL(returnTo, 'http://x');
  url.searchParams.set('flash', token);
  redirect(`${url.pathname}${url.search}${url.hash}`);
}

export function readFlash<S>(token: string | string[] | undefined): S | undefined {
  if (typeof token !== 'string') return undefined;
  const entry = store.get(token);
  if (!entry || entry.expires <= Date.now()) return undefined;
  return entry.state as S;
}
