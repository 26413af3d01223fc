import type { ArticleDetail } from '@/db/queries/articles';
import { ArticleBreadcrumbs } from '@/components/site/article-breadcrumbs';
import { pagePosition } from '@/lib/arabic/paging';
import { COMMENTS_ON } from '@/lib/comments/page-text';
import { articlePath } from '@/lib/urls';
import { CommentSection } from './comment-section';

type Props = { article: ArticleDetail; page: number; pageCount: number };

/** A comment page (…/comment-page-N): the article's title and link, that page's threads and the form; not the article. */
export function CommentPageView({ article, page, pageCount }: Props) {
  return (
    <>
      <ArticleBreadcrumbs article={article} withArticle />
      <header>
        <h1 className="page-title">
          {COMMENTS_ON} «<a href={articlePath(article)}>{article.title}</a>»
        </h1>
        <p className="card__meta">{pagePosition(page, pageCount)}</p>
      </header>
      <CommentSection article={article} page={page} />
    </>
  );
}
