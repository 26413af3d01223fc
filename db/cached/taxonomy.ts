import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import * as q from '../queries/taxonomy';

export async function getSections() {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.sections);
  return q.listSections();
}

export async function getSection(slug: string) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.sections);
  return q.findSectionBySlug(slug);
}

export async function getTag(slug: string) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.findTagBySlug(slug);
}

export async function getAuthor(slug: string) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.findAuthorBySlug(slug);
}

export async function getTagSlugs(limit = 50) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listTagSlugs(limit);
}

export async function getAuthorSlugs() {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listAuthorSlugs();
}

export async function getSectionSlugs() {
  return (await getSections()).map((s) => s.slug);
}
