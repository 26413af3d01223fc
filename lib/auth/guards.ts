import 'server-only';
import { cache } from 'react';
import { findSessionUser, type AccountUser } from '@/db/queries/users';
import { can, type Capability } from './roles';
import { sessionRef } from './session-token';

/**
 * The signed-in user as the database says now: a token issued before a ban or a demotion
 * carries the old role, so the role and ban state are never taken from the token.
 */
export const currentUser = cache(async (): Promise<AccountUser | null> => {
  const session = await sessionRef();
  return session ? findSessionUser(session) : null;
});

export { can };

export type Denied = { ok: false; status: 403; message: string };

export const NOT_SIGNED_IN: Denied = { ok: false, status: 403, message: 'يجب أن تكون مسجلاً للدخول لتنشر تعليقاً.' };
export const BANNED: Denied = { ok: false, status: 403, message: 'حسابك موقوف عن المشاركة.' };
export const FORBIDDEN: Denied = { ok: false, status: 403, message: 'لا تملك صلاحية القيام بهذا.' };

/** The signed-in, not banned user, or why not. */
export async function requireUser(): Promise<{ ok: true; user: AccountUser } | Denied> {
  const user = await currentUser();
  if (!user) return NOT_SIGNED_IN;
  if (user.bannedAt) return BANNED;
  return { ok: true, user };
}

export async function requireCapability(capability: Capability): Promise<{ ok: true; user: AccountUser } | Denied> {
  const result = await requireUser();
  if (!result.ok) return result;
  return can(result.user, capability) ? result : FORBIDDEN;
}
