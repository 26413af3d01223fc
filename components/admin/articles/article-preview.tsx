import { ArticleBody } from '@/components/site/article-body';
import type { ArticleForEdit } from '@/db/queries/article-edit';
import type { Media } from '@/db/schema';
import { formatGregorianDate, formatHijriDate, formatTime } from '@/lib/arabic/dates';
import { readingTimeLabel } from '@/lib/arabic/reading-time';
import { env } from '@/lib/env';
import { imageAttributes } from '@/lib/media/variants';

type Props = {
  article: ArticleForEdit;
  section: { name: string };
  author: { name: string };
  cover: Media | null;
};

/**
 * The article as the reader page lays it out (same classes and the same ArticleBody), from the row as
 * saved now. Rendered per request, never cached.
 */
export function ArticlePreview({ article, section, author, cover }: Props) {
  const tz = env().SITE_TIME_ZONE;
  const when = article.publishedAt ?? article.updatedAt;
  const picture = cover ? imageAttributes(cover, 1200) : null;
  return (
    <article className="article article-preview" aria-labelledby="article-title">
      <nav className="breadcrumbs" aria-label="مسار التصفح">
        <ol>
          <li>الرئيسية</li>
          <li className="card__section">{section.name}</li>
        </ol>
      </nav>
      <h1 id="article-title" className="article__title">
        {article.title}
      </h1>
      {article.excerpt && <p className="article__excerpt">{article.excerpt}</p>}
      <div className="article-meta">
        <span>
          بقلم <strong>{author.name}</strong>
        </span>
        <time dateTime={when.toISOString()}>
          {formatGregorianDate(when, tz)} · {formatTime(when, tz)}
        </time>
        <span>{formatHijriDate(when, tz)}</span>
        <span>{readingTimeLabel(article.body)}</span>
      </div>
      {picture && (
        <figure className="article__cover">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variants */}
          <img src={picture.src} srcSet={picture.srcSet} sizes="(max-width: 800px) 100vw, 800px" width={picture.width} height={picture.height} alt={article.coverAlt} />
          {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
        </figure>
      )}
      <ArticleBody body={article.body} bodyHtml={article.bodyHtml} />
      {article.tags.length > 0 && (
        <ul className="tag-list" aria-label="الوسوم">
          {article.tags.map((t) => (
            <li key={t.id}>
              <span>{t.name}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
