import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { AccountUser } from '@/db/queries/users';
import type { Capability } from '@/lib/auth/roles';
import { NOT_SIGNED_IN, requireCapability } from '@/lib/auth/guards';
import { loginPath } from '@/lib/urls';
import { adminPaths, adminReturnTo } from './paths';

/** The admin URL being rendered, as proxy.ts passes it on; the sign-in page returns there. */
export async function currentAdminPath(): Promise<string> {
  return adminReturnTo((await headers()).get('x-khabar-path'), adminPaths.home);
}

/**
 * Every admin page calls this before it reads anything: the layout's check does not run again on
 * a client-side navigation between pages. Signed in without the role (or banned) → the Arabic 403;
 * not signed in → null, and the caller renders <SignInRequired /> (a redirect the browser follows
 * with or without JavaScript: proxy.ts already redirected every request without a session cookie).
 */
export async function requireAdminPage(capability: Capability): Promise<AccountUser | null> {
  const result = await requireCapability(capability);
  if (result.ok) return result.user;
  if (result === NOT_SIGNED_IN) return null;
  forbidden();
}

export type ActionDenied = { ok: false; message: string };

/**
 * The check at the top of every admin action: the user as the database says now. Anonymous
 * callers are sent to sign in (coming back to `returnTo`); the rest get the refusal as state.
 */
export async function requireAdminAction(
  capability: Capability,
  returnTo: string,
): Promise<{ ok: true; user: AccountUser } | ActionDenied> {
  const result = await requireCapability(capability);
  if (result.ok) return result;
  if (result === NOT_SIGNED_IN) redirect(loginPath(returnTo));
  return { ok: false, message: result.message };
}
