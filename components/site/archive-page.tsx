import type { ArticleCard, Page } from '@/db/queries/articles';
import { articleCountForms, pluralize } from '@/lib/arabic/plural';
import { pagePosition } from '@/lib/arabic/paging';
import { ArticleGrid } from './article-list';
import { Pagination } from './pagination';

type Props = {
  title: string;
  intro?: string;
  data: Page<ArticleCard>;
  pathFor: (page: number) => string;
  showSection?: boolean;
};

/** A section, tag or author page: heading, article count, cards and pagination. */
export function ArchivePage({ title, intro, data, pathFor, showSection = true }: Props) {
  return (
    <>
      <header>
        <h1 className="page-title">{title}</h1>
        {intro && <p>{intro}</p>}
        <p className="card__meta">
          {pluralize(data.total, articleCountForms)}
          {data.page > 1 && ` · ${pagePosition(data.page, data.pageCount)}`}
        </p>
      </header>
      <ArticleGrid articles={data.items} showSection={showSection} headingLevel="h2" priorityFirstCover />
      <Pagination page={data.page} pageCount={data.pageCount} pathFor={pathFor} />
    </>
  );
}
