import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { findArticleForEdit } from '@/db/queries/article-edit';
import { requireAdminPage } from '@/lib/admin/guard';
import { may, type ArticleAction } from '@/lib/newsroom/policy';
import { parseIdParam } from '@/lib/page-param';

/**
 * The opening of every page of one article: the signed-in staff member (null → sign in), the
 * article (404), and the policy's answer for this page (403).
 */
export async function openArticlePage(params: Promise<{ id: string }>, action: ArticleAction) {
  const user = await requireAdminPage('staff');
  if (!user) return null;
  const id = parseIdParam((await params).id);
  const article = id === null ? null : await findArticleForEdit(id);
  if (!article) notFound();
  if (!may(user, action, article)) forbidden();
  return { user, article };
}
