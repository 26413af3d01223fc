import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ArticleCard, Page } from '@/db/queries/articles';
import { decodeParam } from '@/lib/arabic/slugify';
import { pagedTitle } from '@/lib/arabic/paging';
import { env } from '@/lib/env';
import { pageMetadata, type FeedLink } from '@/lib/metadata';
import { breadcrumbLd } from '@/lib/structured-data';
import { parsePageParam } from '@/lib/page-param';
import { ARTICLES_PER_PAGE } from '@/lib/site';
import { ArchivePage } from './archive-page';
import { JsonLd } from './json-ld';

export type ArchiveParams = Promise<{ slug: string; page?: string }>;

type ArchiveSource<T extends { slug: string; name: string }> = {
  find: (slug: string) => Promise<T | null>;
  list: (entity: T, page: number, perPage: number) => Promise<Page<ArticleCard>>;
  path: (slug: string, page?: number) => string;
  title: (entity: T) => string;
  description: (entity: T) => string;
  intro?: (entity: T) => string | undefined;
  /** The list's RSS feed, named in the head beside the site's. */
  feed: (entity: T) => FeedLink;
  showSection: boolean;
};

/**
 * The section, tag and author pages: `/x/[slug]` and `/x/[slug]/page/[page]`.
 * Unknown slugs and pages past the end answer 404; `/page/1` redirects to the first page.
 */
export function archiveRoute<T extends { slug: string; name: string }>(source: ArchiveSource<T>) {
  async function load(params: ArchiveParams, { redirectFirstPage = false } = {}) {
    const { slug: slugParam, page: pageParam } = await params;
    const slug = decodeParam(slugParam);
    const page = pageParam === undefined ? 1 : parsePageParam(pageParam);
    const entity = await source.find(slug);
    if (!entity || page === null) notFound();
    if (redirectFirstPage && pageParam === '1') permanentRedirect(source.path(entity.slug));
    const data = await source.list(entity, page, ARTICLES_PER_PAGE);
    if (page > data.pageCount) notFound();
    return { entity, data, page };
  }

  async function metadata(params: ArchiveParams): Promise<Metadata> {
    const { entity, page } = await load(params);
    return pageMetadata({
      title: pagedTitle(source.title(entity), page),
      description: source.description(entity),
      path: source.path(entity.slug, page),
      feeds: [source.feed(entity)],
    });
  }

  async function Route({ params }: { params: ArchiveParams }) {
    const { entity, data } = await load(params, { redirectFirstPage: true });
    const crumbs = [
      { name: 'الرئيسية', path: '/' },
      { name: source.title(entity), path: source.path(entity.slug) },
    ];
    return (
      <>
      <ArchivePage
        title={source.title(entity)}
        intro={source.intro?.(entity)}
        data={data}
        pathFor={(p) => source.path(entity.slug, p)}
        showSection={source.showSection}
      />
      <JsonLd data={breadcrumbLd(crumbs, env().SITE_URL)} />
      </>
    );
  }

  return { metadata, Route };
}
