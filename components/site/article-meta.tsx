import type { ArticleDetail } from '@/db/queries/articles';
import { getViewCount } from '@/db/cached/articles';
import { formatGregorianDate, formatHijriDate, formatTime } from '@/lib/arabic/dates';
import { pluralize, viewCountForms } from '@/lib/arabic/plural';
import { readingTimeLabel } from '@/lib/arabic/reading-time';
import { env } from '@/lib/env';
import { authorPath } from '@/lib/urls';

export async function ArticleMeta({ article }: { article: ArticleDetail }) {
  const views = await getViewCount(article.id);
  const tz = env().SITE_TIME_ZONE;
  const published = article.publishedAt;
  return (
    <div className="article-meta">
      <span>
        بقلم{' '}
        <strong>
          <a href={authorPath(article.author.slug)} rel="author">
            {article.author.name}
          </a>
        </strong>
      </span>
      <time dateTime={published.toISOString()}>
        {formatGregorianDate(published, tz)} · {formatTime(published, tz)}
      </time>
      <span>{formatHijriDate(published, tz)}</span>
      <span data-testid="view-count">{pluralize(views, viewCountForms)}</span>
      <span>{readingTimeLabel(article.body)}</span>
    </div>
  );
}
