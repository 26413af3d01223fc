import 'server-only';
import { banUser, changeUserRole, findUserForAdmin, unbanUser } from '@/db/queries/users-admin';
import type { AccountUser } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';
import { revalidateComments } from '@/lib/comments/submit';
import { messages } from './messages';

export type UserChange = { ok: boolean; message: string };

/** An admin cannot change their own role or ban themselves: the last admin could lock everyone out. */
export async function setRole(actor: AccountUser, id: string, role: UserRole): Promise<UserChange> {
  if (id === actor.id) return { ok: false, message: messages.selfRole };
  const user = await findUserForAdmin(id);
  if (!user) return { ok: false, message: messages.userMissing };
  if (user.role === role) return { ok: false, message: messages.sameRole };
  const changed = await changeUserRole(actor.id, id, user.role, role);
  return changed ? { ok: true, message: messages.roleChanged(user.name, role) } : { ok: false, message: messages.sameRole };
}

export async function ban(actor: AccountUser, id: string, hideComments: boolean): Promise<UserChange> {
  if (id === actor.id) return { ok: false, message: messages.selfBan };
  const user = await findUserForAdmin(id);
  if (!user) return { ok: false, message: messages.userMissing };
  const result = await banUser(actor.id, id, hideComments);
  if (!result.banned) return { ok: false, message: messages.alreadyBanned };
  for (const articleId of result.articleIds) revalidateComments(articleId);
  return { ok: true, message: messages.banned(user.name, result.hidden) };
}

export async function unban(actor: AccountUser, id: string): Promise<UserChange> {
  const user = await findUserForAdmin(id);
  if (!user) return { ok: false, message: messages.userMissing };
  return (await unbanUser(actor.id, id))
    ? { ok: true, message: messages.unbanned(user.name) }
    : { ok: false, message: messages.notBanned };
}
