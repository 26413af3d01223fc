import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getSections } from '@/db/cached/taxonomy';
import * as q from '@/db/queries/sitemaps';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import { env } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';
import { absoluteUrl, articlePath, authorPath, sectionPath, sitemapPaths, tagPath } from '@/lib/urls';
import { NEWS_WINDOW_MS, partsFor, SITEMAP_FILE_SIZE, sitemapFileName, type SitemapFile } from './files';
import { newsSitemapXml, sitemapIndexXml, urlsetXml, type SitemapEntry } from './xml';

// The finished sitemap documents, cached and tagged like the pages they list: any article write
// expires `articles` (articleWriteTags), a section change `sections`.

const fileUrl = (file: SitemapFile) => absoluteUrl(sitemapPaths.file(sitemapFileName(file)), env().SITE_URL);

/** /sitemap.xml: news, sections, every non-empty range of articles (with its last change), tags, authors. */
export async function sitemapIndex(): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.sections);
  const now = new Date();
  const max = await q.maxIds();
  const entries: SitemapEntry[] = [{ loc: fileUrl({ kind: 'news' }) }, { loc: fileUrl({ kind: 'sections' }) }];
  for (let part = 1; part <= partsFor(max.articles); part++) {
    const { count, lastModified } = await q.summarizeArticleRange(q.idRange(part, SITEMAP_FILE_SIZE), now);
    if (count > 0) entries.push({ loc: fileUrl({ kind: 'articles', part }), lastmod: lastModified });
  }
  for (let part = 1; part <= partsFor(max.tags); part++) entries.push({ loc: fileUrl({ kind: 'tags', part }) });
  for (let part = 1; part <= partsFor(max.authors); part++) entries.push({ loc: fileUrl({ kind: 'authors', part }) });
  return sitemapIndexXml(entries);
}

/** One file of the index, or null when there is no such file (a part past the last id). */
export async function sitemapFile(file: SitemapFile): Promise<string | null> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  const site = env().SITE_URL;
  const now = new Date();
  if (file.kind === 'sections') {
    cacheTag(cacheTags.sections);
    const sections = await getSections();
    return urlsetXml([{ loc: absoluteUrl('/', site) }, ...sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug), site) }))]);
  }
  cacheTag(cacheTags.articleLists);
  if (file.kind === 'news') {
    const articles = await q.listNewsArticles(new Date(now.getTime() - NEWS_WINDOW_MS), now);
    const entries = articles.map((a) => ({ loc: absoluteUrl(articlePath(a), site), title: a.title, publishedAt: a.publishedAt }));
    return newsSitemapXml(entries, { name: SITE_NAME, language: 'ar' });
  }
  const max = await q.maxIds();
  if (file.part > partsFor(max[file.kind])) return null;
  const range = q.idRange(file.part, SITEMAP_FILE_SIZE);
  switch (file.kind) {
    case 'articles': {
      const rows = await q.listSitemapArticles(range, now);
      return urlsetXml(rows.map((a) => ({ loc: absoluteUrl(articlePath(a), site), lastmod: a.lastModified })));
    }
    case 'tags':
      return urlsetXml((await q.listSitemapTags(range, now)).map((slug) => ({ loc: absoluteUrl(tagPath(slug), site) })));
    case 'authors':
      return urlsetXml((await q.listSitemapAuthors(range, now)).map((slug) => ({ loc: absoluteUrl(authorPath(slug), site) })));
  }
}
