import type { ArticleCard as Card } from '@/db/queries/articles';
import { formatShortDate } from '@/lib/arabic/dates';
import { env } from '@/lib/env';
import { articlePath, sectionPath } from '@/lib/urls';
import { CoverImage, coverSizes } from './cover-image';

type Props = {
  article: Card;
  variant?: 'lead' | 'default' | 'compact';
  showSection?: boolean;
  headingLevel?: 'h2' | 'h3';
  /** 'priority' for the first cover on the page, its likely LCP; the lead card's by default. */
  coverLoad?: 'priority' | 'lazy';
};

export function ArticleCard({
  article,
  variant = 'default',
  showSection = true,
  headingLevel = 'h3',
  coverLoad = variant === 'lead' ? 'priority' : 'lazy',
}: Props) {
  const Heading = headingLevel;
  const published = article.publishedAt;
  const cover = variant !== 'compact' && article.cover;
  return (
    <article className={`card card--${variant}`}>
      {cover && (
        <CoverImage
          className="card__cover"
          cover={cover}
          sizes={variant === 'lead' ? coverSizes.lead : coverSizes.card}
          load={coverLoad}
        />
      )}
      {showSection && (
        <a className="card__section" href={sectionPath(article.section.slug)}>
          {article.section.name}
        </a>
      )}
      <Heading className="card__title">
        <a href={articlePath(article)}>{article.title}</a>
      </Heading>
      {variant !== 'compact' && <p className="card__excerpt">{article.excerpt}</p>}
      <p className="card__meta">
        <time dateTime={published.toISOString()}>{formatShortDate(published, env().SITE_TIME_ZONE)}</time>
        {variant === 'lead' && <> · {article.author.name}</>}
      </p>
    </article>
  );
}
