import type { Metadata } from 'next';
import { BRAND_IMAGES } from './brand';
import { feedTexts } from './feeds/texts';
import type { ShareImage } from './media/variants';
import { SITE_DESCRIPTION, SITE_NAME } from './site';
import { feedPaths } from './urls';

/** A feed named in the page's head (`<link rel="alternate" type="application/rss+xml">`). */
export type FeedLink = { url: string; title: string };

const SITE_FEED: FeedLink = { url: feedPaths.site, title: feedTexts.site.link };

/** The picture of link previews for pages that have none of their own. */
const DEFAULT_SHARE_IMAGE: ShareImage = { url: BRAND_IMAGES.share.path, width: BRAND_IMAGES.share.width, height: BRAND_IMAGES.share.height, alt: SITE_NAME };

const RSS = 'application/rss+xml';

/** Reader pages may be indexed, with large picture previews in search results (Google Discover). */
const INDEXABLE: Metadata['robots'] = { index: true, follow: true, 'max-image-preview': 'large' };

/**
 * What every page has unless it says otherwise (the root layout's metadata): robots, the site's
 * feed, Open Graph and a large Twitter card. No canonical URL here: a page inheriting one would
 * point search engines at another page.
 */
export const siteMetadataDefaults: Metadata = {
  robots: INDEXABLE,
  alternates: { types: { [RSS]: [SITE_FEED] } },
  openGraph: { title: SITE_NAME, description: SITE_DESCRIPTION, siteName: SITE_NAME, locale: 'ar_AR', type: 'website', images: [DEFAULT_SHARE_IMAGE] },
  twitter: { card: 'summary_large_image', title: SITE_NAME, description: SITE_DESCRIPTION, images: [{ url: DEFAULT_SHARE_IMAGE.url, alt: SITE_NAME }] },
};

type PageMeta = {
  title: string;
  description: string;
  path: string;
  article?: {
    publishedTime: Date;
    modifiedTime: Date;
    section: string;
    authors: string[];
    tags: string[];
  };
  noindex?: boolean;
  /** The page's picture for link previews (lib/media/variants.ts shareImage), with its alt text. */
  image?: ShareImage | null;
  /** The page's own feeds (its section's, its comments'); the site's feed is always named first. */
  feeds?: FeedLink[];
};

/** Title, description, canonical URL, feeds, Open Graph and Twitter card for any page. */
export function pageMetadata({ title, description, path, article, noindex, image, feeds = [] }: PageMeta): Metadata {
  const picture = image || DEFAULT_SHARE_IMAGE;
  return {
    title,
    description,
    alternates: { canonical: path, types: { [RSS]: [SITE_FEED, ...feeds] } },
    robots: noindex ? { index: false, follow: true } : INDEXABLE,
    openGraph: {
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: 'ar_AR',
      images: [picture],
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime.toISOString(),
            modifiedTime: article.modifiedTime.toISOString(),
            section: article.section,
            authors: article.authors,
            tags: article.tags,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: picture.url, alt: picture.alt }] },
  };
}
