import type { ArticleCard as Card } from '@/db/queries/articles';
import { ArticleCard } from './article-card';

export function ArticleGrid({ articles, showSection = true }: { articles: Card[]; showSection?: boolean }) {
  return (
    <ul className="card-grid">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} showSection={showSection} />
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
