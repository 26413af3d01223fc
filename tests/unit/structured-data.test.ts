import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '@/db/queries/articles';
import { pageMetadata, siteMetadataDefaults } from '@/lib/metadata';
import { breadcrumbLd, jsonLdText, newsArticleLd } from '@/lib/structured-data';

const SITE = 'https://khabar.example';

const article: ArticleDetail = {
  id: 42,
  slug: 'عنوان-الخبر',
  title: 'عنوان الخبر </script><script>alert(1)</script>',
  excerpt: 'ملخص',
  cover: null,
  publishedAt: new Date('2026-12-01T08:00:00Z'),
  updatedAt: new Date('2026-12-02T09:30:00Z'),
  section: { id: 1, slug: 'politics', name: 'سياسة' },
  author: { id: 3, slug: 'huda', name: 'هدى' },
  body: 'نص',
  bodyHtml: null,
  commentsOpen: true,
  approvedCommentCount: 0,
  tags: [{ id: 9, slug: 'سيول', name: 'سيول' }],
};

describe('NewsArticle JSON-LD', () => {
  it('has what Google’s article guidelines ask for, with absolute URLs', () => {
    const path = `/news/42/${encodeURIComponent(article.slug)}`;
    const data = newsArticleLd(article, path, SITE);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      inLanguage: 'ar',
      url: `${SITE}${path}`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}${path}` },
      datePublished: '2026-12-01T08:00:00.000Z',
      dateModified: '2026-12-02T09:30:00.000Z',
      author: [{ '@type': 'Person', name: 'هدى', url: `${SITE}/author/huda` }],
      publisher: {
        '@type': 'Organization',
        name: 'خبر',
        url: `${SITE}/`,
        logo: { '@type': 'ImageObject', url: `${SITE}/brand/logo-512.png`, width: 512, height: 512 },
      },
      // No cover: the site's share picture, so `image` is never missing.
      image: [{ '@type': 'ImageObject', url: `${SITE}/brand/share-1200x630.png`, width: 1200, height: 630 }],
    });
  });

  it('takes the cover at 1200 px when there is one, and never a modification before publication', () => {
    const withCover: ArticleDetail = {
      ...article,
      updatedAt: new Date('2026-11-30T00:00:00Z'),
      cover: { width: 1600, height: 900, alt: '', caption: '', variants: [{ w: 800, h: 450, file: 'a-800.webp', bytes: 1 }, { w: 1200, h: 675, file: 'a-1200.webp', bytes: 2 }] },
    };
    const data = newsArticleLd(withCover, '/news/42/x', SITE);
    expect(data.image).toEqual([{ '@type': 'ImageObject', url: `${SITE}/media/a-1200.webp`, width: 1200, height: 675 }]);
    expect(data.dateModified).toBe(data.datePublished);
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(newsArticleLd(article, '/news/42/x', SITE));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe(article.title);
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('numbers each step from 1 with its absolute URL', () => {
    expect(breadcrumbLd([{ name: 'الرئيسية', path: '/' }, { name: 'سياسة', path: '/section/politics' }], SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${SITE}/` },
        { '@type': 'ListItem', position: 2, name: 'سياسة', item: `${SITE}/section/politics` },
      ],
    });
  });
});

describe('page metadata', () => {
  it('names the site feed first, then the page’s own, allows large previews, and always has a share picture', () => {
    const meta = pageMetadata({ title: 'سياسة', description: 'd', path: '/section/politics', feeds: [{ url: '/section/politics/feed', title: 'خبر » خلاصة قسم سياسة' }] });
    expect(meta.alternates).toEqual({
      canonical: '/section/politics',
      types: { 'application/rss+xml': [{ url: '/feed', title: 'خبر » الخلاصة' }, { url: '/section/politics/feed', title: 'خبر » خلاصة قسم سياسة' }] },
    });
    expect(meta.robots).toMatchObject({ index: true, 'max-image-preview': 'large' });
    expect(meta.openGraph).toMatchObject({ images: [{ url: '/brand/share-1200x630.png', width: 1200, height: 630 }] });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: '/brand/share-1200x630.png' }] });
  });

  it('gives every other page the site feed, Open Graph and a Twitter card, but no canonical URL of its own', () => {
    expect(siteMetadataDefaults.alternates).toEqual({ types: { 'application/rss+xml': [{ url: '/feed', title: 'خبر » الخلاصة' }] } });
    expect(siteMetadataDefaults.openGraph).toMatchObject({ siteName: 'خبر', locale: 'ar_AR', type: 'website' });
    expect(siteMetadataDefaults.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(siteMetadataDefaults.robots).toMatchObject({ 'max-image-preview': 'large' });
  });
});
