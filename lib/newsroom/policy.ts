import type { ArticleStatus, UserRole } from '@/db/schema';
import { can } from '@/lib/auth/roles';

/**
 * Who may do what to which article. Pure: the caller passes the user and the article as the
 * database says now. Editors and admins (publish) act on any article; a writer on their own
 * (articles.created_by) while it is a draft or waits for review; a moderator only opens and closes
 * comments. Every page and action asks here, after lib/admin/guard.ts checked the role.
 */
export type NewsroomUser = { id: string; role: UserRole };
export type ArticleFacts = { status: ArticleStatus; createdBy: string | null };

export const articleActions = ['view', 'edit', 'publish', 'unpublish', 'delete', 'restore', 'comments'] as const;
export type ArticleAction = (typeof articleActions)[number];

/** The statuses a writer's article may be in while it is still theirs to change. */
const writerEditable: readonly ArticleStatus[] = ['draft', 'review'];

export function isOwn(user: NewsroomUser, article: ArticleFacts): boolean {
  return article.createdBy !== null && article.createdBy === user.id;
}

/** Sees only the articles they created (the list, previews, revisions). */
export function seesOnlyOwn(user: NewsroomUser): boolean {
  return can(user, 'write') && !can(user, 'publish') && !can(user, 'moderate');
}

export function mayCreate(user: NewsroomUser): boolean {
  return can(user, 'write');
}

export function may(user: NewsroomUser, action: ArticleAction, article: ArticleFacts): boolean {
  if (action === 'comments') return can(user, 'moderate');
  if (can(user, 'publish')) {
    if (action === 'publish') return article.status !== 'published';
    if (action === 'unpublish') return article.status === 'published' || article.status === 'scheduled';
    return true;
  }
  const own = isOwn(user, article);
  switch (action) {
    case 'view':
      return can(user, 'staff') && (own || !seesOnlyOwn(user));
    case 'edit':
    case 'restore':
      return can(user, 'write') && own && writerEditable.includes(article.status);
    case 'delete':
      return can(user, 'write') && own && article.status === 'draft';
    case 'publish':
    case 'unpublish':
      return false;
  }
}

/** The statuses this user may save an article in (the editor's choice of status). */
export function statusChoices(user: NewsroomUser): readonly ArticleStatus[] {
  if (can(user, 'publish')) return ['draft', 'review', 'scheduled', 'published'];
  if (can(user, 'write')) return writerEditable;
  return [];
}

/** Editors choose any author; a writer's article is always signed by their own author row. */
export function choosesAuthor(user: NewsroomUser): boolean {
  return can(user, 'publish');
}
