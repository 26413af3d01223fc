import type { ArticleCard as Card } from '@/db/queries/articles';
import { ArticleCard } from './article-card';

type GridProps = {
  articles: Card[];
  showSection?: boolean;
  /** The grid opens the page (no lead picture above it): its first cover is fetched at once. */
  priorityFirstCover?: boolean;
  /** h2 when the grid sits right under the page's h1 (archives); h3 under a section heading (home). */
  headingLevel?: 'h2' | 'h3';
};

export function ArticleGrid({ articles, showSection = true, priorityFirstCover = false, headingLevel }: GridProps) {
  const priorityId = priorityFirstCover ? articles.find((a) => a.cover)?.id : undefined;
  return (
    <ul className="card-grid">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard
            article={a}
            showSection={showSection}
            headingLevel={headingLevel}
            coverLoad={a.id === priorityId ? 'priority' : 'lazy'}
          />
        </li>
      ))}
    </ul>
  );
}

export function ArticleList({ articles, ranked = false }: { articles: Card[]; ranked?: boolean }) {
  const Tag = ranked ? 'ol' : 'ul';
  return (
    <Tag className={ranked ? 'card-list ranked' : 'card-list'}>
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} variant="compact" />
        </li>
      ))}
    </Tag>
  );
}
