import type { ArticleCard } from '@/db/queries/articles';
import { ArticleList } from './article-list';

type Props = { id: string; title: string; articles: ArticleCard[]; as?: 'aside' | 'section' };

/** A numbered list of headlines under a title ("الأكثر قراءة", "الأكثر تعليقاً"): no pictures. */
export function RankedBlock({ id, title, articles, as: Tag = 'section' }: Props) {
  if (articles.length === 0) return null;
  return (
    <Tag className="panel" aria-labelledby={id}>
      <h2 id={id} className="block-title">
        <span>{title}</span>
      </h2>
      <ArticleList articles={articles} ranked />
    </Tag>
  );
}
