import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { NEXT_MARKERS } from '@/lib/server/next-request-markers';
import { FlashStore } from './flash-store';

// With cacheComponents, a form posted without JavaScript re-renders the page without the action's
// state, so its errors and the typed text would be lost. Such a post instead stores the state here
// (bounded: lib/forms/flash-store.ts) for a few minutes and redirects (303) to the form's page with
// `?flash=<token>`.

const store = new FlashStore(5 * 60_000);

/** Returns the state to a JavaScript caller; without JavaScript, redirects to `returnTo` with it. */
export async function formResult<S>(state: S, returnTo: string): Promise<S> {
  if ((await headers()).has(NEXT_MARKERS.action)) return state;
  const url = new URL(returnTo, 'http://x');
  url.searchParams.set('flash', store.put(state));
  redirect(`${url.pathname}${url.search}${url.hash}`);
}

export function readFlash<S>(token: string | string[] | undefined): S | undefined {
  return typeof token === 'string' ? (store.get(token) as S | undefined) : undefined;
}
