import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { ArticleCommentsSwitch } from '@/components/admin/article-comments-switch';
import { CommentFilters } from '@/components/admin/comment-filters';
import { CommentsTable } from '@/components/admin/comments-table';
import { EmptyBin } from '@/components/admin/empty-bin';
import { StatusTabs } from '@/components/admin/status-tabs';
import { Pagination } from '@/components/site/pagination';
import { countCommentsByStatus, latestCommentId, listCommentedArticles, listModerationComments } from '@/db/queries/admin-comments';
import { findArticleForModeration } from '@/db/queries/articles-admin';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { commentPermalinks } from '@/lib/comments/permalinks';
import { queueSearchMessages, queueSearchProblem } from '@/lib/comments/queue-search';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';
import { articlePath } from '@/lib/urls';
import { commentFilterSchema } from '@/lib/validation/admin';
import { articleCommentsAction } from '../articles/actions';
import { commentAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'التعليقات' };

const PER_PAGE = 20;

export default async function CommentsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.comments, searchParams, commentFilterSchema);
  if (!opened) return <SignInRequired />;
  const { filter, flash } = opened;
  const [counts, list, articles, article, latestId] = await Promise.all([
    countCommentsByStatus(filter.article),
    listModerationComments({ ...filter, articleId: filter.article, perPage: PER_PAGE }),
    listCommentedArticles(),
    filter.article ? findArticleForModeration(filter.article) : null,
    latestCommentId(),
  ]);
  // Where "view" links lead: each published comment and each published parent, on its comment page.
  const permalinks = await commentPermalinks(
    list.items.flatMap((c) => [
      ...(c.status === 'approved' ? [{ article: c.article, commentId: c.id }] : []),
      ...(c.parent?.status === 'approved' ? [{ article: c.article, commentId: c.parent.id }] : []),
    ]),
  );
  const link = (page: number) =>
    withQuery(adminPaths.comments, {
      status: filter.status === 'all' ? undefined : filter.status,
      q: filter.q,
      author: filter.author,
      article: filter.article,
      page: page > 1 ? page : undefined,
    });
  const here = link(filter.page);
  const searchProblem = queueSearchProblem(filter);

  return (
    <ActionScope action={commentAction} initial={flash}>
      <h1 className="admin-title">التعليقات</h1>
      <ActionMessage />
      <StatusTabs current={filter.status} counts={counts} articleId={filter.article} />
      <CommentFilters
        status={filter.status}
        q={filter.q}
        author={filter.author}
        articleId={filter.article}
        articles={articles}
      />
      {article && (
        <ActionScope action={articleCommentsAction} initial={null}>
          <section className="admin-article-box" aria-label="المقال المحدد">
            <p>
              تعليقات المقال <a href={articlePath(article)}>«{article.title}»</a>:{' '}
              <strong>{article.commentsOpen ? 'التعليقات مفتوحة' : 'التعليقات مغلقة'}</strong>
            </p>
            <ArticleCommentsSwitch id={article.id} open={article.commentsOpen} returnTo={here} title={article.title} />
            <ActionMessage />
          </section>
        </ActionScope>
      )}
      {(filter.status === 'spam' || filter.status === 'trash') && (
        <EmptyBin
          status={filter.status}
          count={counts[filter.status]}
          articleId={filter.article}
          upToId={latestId}
          returnTo={here}
        />
      )}
      {list.items.length === 0 ? (
        <p className="admin-empty-list">
          {searchProblem ?? (filter.page > 1 && list.total > 0 ? (
            <>
              لا شيء في هذه الصفحة. <a href={link(1)}>العودة إلى الصفحة الأولى</a>
            </>
          ) : (
            'لا توجد تعليقات هنا.'
          ))}
        </p>
      ) : (
        <CommentsTable comments={list.items} status={filter.status} returnTo={here} permalinks={permalinks} />
      )}
      {list.capped && <p className="admin-lead">{queueSearchMessages.moreThan(list.total)}</p>}
      <Pagination page={filter.page} pageCount={list.pageCount} pathFor={link} />
    </ActionScope>
  );
}
