import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import * as q from '../queries/articles';
import { listRelatedArticles } from '../queries/related-articles';
import { listTagArticles } from '../queries/tag-articles';

// What reader pages read: each call cached with the tags its data depends on.

export async function getLatestArticles(limit: number, offset = 0) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listLatestArticles(limit, offset);
}

export async function getSectionArticles(sectionId: number, page: number, perPage: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.section(sectionId));
  return q.listSectionArticles(sectionId, page, perPage);
}

export async function getSectionLatest(sectionId: number, limit: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.section(sectionId));
  return q.listSectionLatest(sectionId, limit);
}

export async function getTagArticles(tagId: number, page: number, perPage: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.tag(tagId));
  return listTagArticles(tagId, page, perPage);
}

export async function getAuthorArticles(authorId: number, page: number, perPage: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.author(authorId));
  return q.listAuthorArticles(authorId, page, perPage);
}

export async function getArticle(id: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.article(id));
  return q.findPublishedArticle(id);
}

export async function getRelatedArticles(article: Pick<q.ArticleDetail, 'id' | 'section' | 'tags'>, limit: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.article(article.id), cacheTags.articleLists);
  return listRelatedArticles(article, limit);
}

export async function getViewCount(id: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.views(id));
  return q.readViewCount(id);
}

export async function getRecentArticleParams(limit: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listRecentArticleParams(limit);
}
