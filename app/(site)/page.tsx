import type { Metadata } from 'next';
import { getLatestArticles, getSectionLatest } from '@/db/cached/articles';
import { getSections } from '@/db/cached/taxonomy';
import { ArticleCard } from '@/components/site/article-card';
import { ArticleGrid } from '@/components/site/article-list';
import { LATEST_STRIP_LENGTH, LatestStrip } from '@/components/site/latest-strip';
import { PopularBlocks } from '@/components/site/popular-blocks';
import { pageMetadata } from '@/lib/metadata';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { sectionPath } from '@/lib/urls';

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: '/' }),
  title: { absolute: `${SITE_NAME} — ${SITE_DESCRIPTION}` },
};

export default async function HomePage() {
  const [latest, sections] = await Promise.all([getLatestArticles(9), getSections()]);
  const [lead, ...rest] = latest;
  const sectionBlocks = await Promise.all(
    sections.map(async (s) => ({ section: s, articles: await getSectionLatest(s.id, 4) })),
  );
  return (
    <>
      <h1 className="visually-hidden">{`${SITE_NAME}: آخر الأخبار`}</h1>
      <LatestStrip articles={latest.slice(0, LATEST_STRIP_LENGTH)} />
      <div className="home-top">
        <div>
          {lead && <ArticleCard article={lead} variant="lead" headingLevel="h2" />}
          <section aria-labelledby="latest-title" className="related">
            <h2 id="latest-title" className="block-title">
              <span>المزيد من الأخبار</span>
            </h2>
            <ArticleGrid articles={rest} priorityFirstCover={!lead?.cover} />
          </section>
        </div>
        <div className="side-blocks">
          <PopularBlocks />
        </div>
      </div>
      <div className="home-sections">
        {sectionBlocks
          .filter((b) => b.articles.length > 0)
          .map(({ section, articles }) => (
            <section key={section.id} aria-labelledby={`section-${section.slug}`}>
              <h2 id={`section-${section.slug}`} className="block-title">
                <a href={sectionPath(section.slug)}>{section.name}</a>
                <a className="more" href={sectionPath(section.slug)}>
                  المزيد من {section.name}
                </a>
              </h2>
              <ArticleGrid articles={articles} showSection={false} />
            </section>
          ))}
      </div>
    </>
  );
}
