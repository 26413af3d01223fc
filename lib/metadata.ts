import type { Metadata } from 'next';
import type { ShareImage } from './media/variants';
import { SITE_NAME } from './site';

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
};

/** Title, description, canonical URL, Open Graph and Twitter card for any page. */
export function pageMetadata({ title, description, path, article, noindex, image }: PageMeta): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: 'ar_AR',
      ...(image ? { images: [image] } : {}),
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
    twitter: { card: 'summary_large_image', title, description, ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}) },
  };
}
