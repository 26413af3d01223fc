import type { ArticleCard } from '@/db/queries/articles';
import { articlePath } from '@/lib/urls';

/** How many headlines the strip holds. */
export const LATEST_STRIP_LENGTH = 8;

/** "آخر الأخبار": the newest headlines in one line (scrolling sideways on a phone), text only. */
export function LatestStrip({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="latest-strip" aria-labelledby="latest-strip-title">
      <h2 id="latest-strip-title" className="latest-strip__title">
        آخر الأخبار
      </h2>
      <ol className="latest-strip__list">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={articlePath(a)}>{a.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
