import type { ArticleDetail } from '@/db/queries/articles';
import { articlePath, sectionPath } from '@/lib/urls';

type Props = {
  article: Pick<ArticleDetail, 'id' | 'slug' | 'title' | 'section'>;
  /** On a page about the article (its comment pages), the article itself is the last step. */
  withArticle?: boolean;
};

/** الرئيسية ‹ the section [‹ the article]. */
export function ArticleBreadcrumbs({ article, withArticle = false }: Props) {
  return (
    <nav className="breadcrumbs" aria-label="مسار التصفح">
      <ol>
        <li>
          <a href="/">الرئيسية</a>
        </li>
        <li>
          <a href={sectionPath(article.section.slug)} className="card__section">
            {article.section.name}
          </a>
        </li>
        {withArticle && (
          <li>
            <a href={articlePath(article)}>{article.title}</a>
          </li>
        )}
      </ol>
    </nav>
  );
}
