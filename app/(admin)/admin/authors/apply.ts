import 'server-only';
import {
  articleIdsByAuthor,
  authorLinkedTo,
  createAuthor,
  deleteAuthor,
  findAccountByEmail,
  findAuthor,
  updateAuthor,
  type AuthorInput,
} from '@/db/queries/authors-admin';
import type { AdminFormState } from '@/lib/admin/form-state';
import { taxonomyMessages as m } from '@/lib/admin/messages';
import { can } from '@/lib/auth/roles';
import { cacheTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import type { AuthorAction } from '@/lib/validation/taxonomy';

type Fields = Extract<AuthorAction, { intent: 'create' | 'update' }>;

const refused = (field: string, message: string): AdminFormState => ({ ok: false, message, errors: { [field]: message } });

/** The linked account, named by its email: it must exist, be staff, and byline no other author. */
function linkedAccount(action: Fields, authorId: number | null): { ok: true; userId: string | null } | AdminFormState {
  if (!action.account) return { ok: true, userId: null };
  const account = findAccountByEmail(action.account);
  if (!account) return refused('account', m.accountMissing);
  if (!can(account, 'staff')) return refused('account', m.accountNotStaff);
  const other = authorLinkedTo(account.id, authorId);
  if (other) return refused('account', m.accountTaken(other.name));
  return { ok: true, userId: account.id };
}

function input(action: Fields, userId: string | null): AuthorInput {
  return { name: action.name, slug: action.slug, bio: action.bio, avatar: action.avatar || null, userId };
}

/** One change on the authors screen, and the pages it shows on: the author's page, lists, bylines. */
export function applyAuthorAction(action: AuthorAction): AdminFormState {
  if (action.intent === 'create') {
    const account = linkedAccount(action, null);
    if (!('userId' in account)) return account;
    if (!createAuthor(input(action, account.userId)).ok) return refused('slug', m.slugTaken);
    expireTags(cacheTags.articleLists);
    return { ok: true, message: m.authorCreated(action.name) };
  }
  const author = findAuthor(action.id);
  if (!author) return { ok: false, message: m.missing };
  if (action.intent === 'delete') {
    const deleted = deleteAuthor(author.id);
    if (!deleted.ok) return { ok: false, message: m.authorInUse(author.name, deleted.articles) };
    expireTags(cacheTags.author(author.id), cacheTags.articleLists);
    return { ok: true, message: m.authorDeleted(author.name) };
  }
  const account = linkedAccount(action, author.id);
  if (!('userId' in account)) return account;
  const saved = updateAuthor(author.id, input(action, account.userId));
  if (!saved.ok) return refused('slug', m.slugTaken);
  if (!saved.changed) return { ok: false, message: m.unchanged };
  expireTags(cacheTags.author(author.id), cacheTags.articleLists, ...articleIdsByAuthor(author.id).map(cacheTags.article));
  return { ok: true, message: m.authorSaved(action.name) };
}
