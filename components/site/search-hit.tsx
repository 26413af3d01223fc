import type { SearchHit as Hit } from '@/db/queries/search';
import { formatShortDate } from '@/lib/arabic/dates';
import { env } from '@/lib/env';
import { articlePath, sectionPath } from '@/lib/urls';
import { MarkedText } from './marked-text';

/** One search result: section, headline and a passage, the matched words marked. */
export function SearchHit({ hit }: { hit: Hit }) {
  return (
    <article className="search-hit">
      <a className="card__section" href={sectionPath(hit.section.slug)}>
        {hit.section.name}
      </a>
      <h2 className="search-hit__title">
        <a href={articlePath(hit)}>
          <MarkedText segments={hit.titleMarks} />
        </a>
      </h2>
      {hit.passage && (
        <p className="search-hit__passage">
          <MarkedText segments={hit.passage} />
        </p>
      )}
      <p className="card__meta">
        <time dateTime={hit.publishedAt.toISOString()}>{formatShortDate(hit.publishedAt, env().SITE_TIME_ZONE)}</time>
        {' · '}
        {hit.author.name}
      </p>
    </article>
  );
}
