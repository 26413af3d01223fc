import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { absoluteUrl, sitemapPaths } from '@/lib/urls';

/** Every reader page may be indexed; the admin area, sign-in and the API may not. The sitemaps are named. */
export default function robots(): MetadataRoute.Robots {
  const site = env().SITE_URL;
  return {
    rules: { userAgent: '*', disallow: ['/admin', '/api/', '/login', '/signup'] },
    sitemap: [absoluteUrl(sitemapPaths.index, site), absoluteUrl(sitemapPaths.news, site)],
  };
}
