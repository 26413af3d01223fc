import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { ArticleFilters } from '@/components/admin/articles/article-filters';
import { ArticleRow } from '@/components/admin/articles/article-row';
import { ArticleStatusTabs } from '@/components/admin/articles/article-status-tabs';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { Pagination } from '@/components/site/pagination';
import { listAuthorOptions } from '@/db/queries/article-edit';
import { countArticlesByStatus, listNewsroomArticles } from '@/db/queries/articles-admin';
import { listSections } from '@/db/queries/taxonomy';
import type { ArticleStatus } from '@/db/schema';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { adminPageAccess, adminPaths, withQuery } from '@/lib/admin/paths';
import { can } from '@/lib/auth/roles';
import { mayCreate, seesOnlyOwn } from '@/lib/newsroom/policy';
import { articleListFilterSchema } from '@/lib/validation/article';
import { articleListAction } from './list-actions';

export const instant = false;

export const metadata: Metadata = { title: 'المقالات' };

const PER_PAGE = 20;

export default async function ArticlesPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.articles, searchParams, articleListFilterSchema);
  if (!opened) return <SignInRequired />;
  const { user, filter, flash } = opened;
  const ownOnly = seesOnlyOwn(user);
  const status: ArticleStatus = filter.status ?? (ownOnly ? 'draft' : 'published');
  const scope = { sectionId: filter.section, authorId: ownOnly ? undefined : filter.author, q: filter.q, createdBy: ownOnly ? user.id : undefined };
  const [counts, list, sections, authors] = await Promise.all([
    countArticlesByStatus(scope),
    listNewsroomArticles({ ...scope, status }, filter.page, PER_PAGE),
    listSections(),
    ownOnly ? Promise.resolve(null) : listAuthorOptions(),
  ]);
  const query = { status, q: filter.q, section: filter.section, author: scope.authorId };
  const link = (page: number) => withQuery(adminPaths.articles, { ...query, page: page > 1 ? page : undefined });
  const here = link(filter.page);
  const moderates = can(user, 'moderate');

  return (
    <ActionScope action={articleListAction} initial={flash}>
      <div className="admin-title-row">
        <h1 className="admin-title">{moderates ? 'المقالات والتعليقات' : 'المقالات'}</h1>
        {mayCreate(user) && (
          <a className="admin-button" href={adminPaths.articleNew}>
            مقال جديد
          </a>
        )}
      </div>
      <p className="admin-lead">
        {ownOnly
          ? 'مقالاتك: اكتب مسودة، ثم أرسلها للمراجعة ليراجعها محرّر وينشرها.'
          : can(user, 'publish')
            ? 'اكتب المقالات وراجعها وانشرها أو جدولها. '
            : ''}
        {moderates && 'افتح التعليقات أو أغلقها على كل مقال. المقالات المغلقة تبقي تعليقاتها المعتمدة ظاهرة، ولا تقبل تعليقات جديدة.'}
      </p>
      <ActionMessage />
      <ArticleStatusTabs current={status} counts={counts} hrefFor={(s) => withQuery(adminPaths.articles, { ...query, status: s })} />
      <ArticleFilters status={status} q={filter.q} sectionId={filter.section} authorId={scope.authorId} sections={sections} authors={authors} />
      {list.items.length === 0 ? (
        <p className="admin-empty-list">لا توجد مقالات هنا{filter.q || filter.section || filter.author ? ' تطابق البحث' : ''}.</p>
      ) : (
        <ul className="article-rows" aria-label="المقالات">
          {list.items.map((a) => (
            <ArticleRow key={a.id} article={a} user={user} returnTo={here} />
          ))}
        </ul>
      )}
      <Pagination page={filter.page} pageCount={list.pageCount} pathFor={link} />
    </ActionScope>
  );
}
