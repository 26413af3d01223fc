import { decodeParam, slugify } from '@/lib/arabic/slugify';

/**
 * The slug an article is saved with: the one typed (cleaned the same way) or, when left empty,
 * one made from the Arabic title. Slugs need not be unique: the URL is /news/<id>/<slug>, and a
 * changed slug redirects from the old one by the id.
 */
export function articleSlug(typed: string | undefined, title: string): string {
  const source = typed?.trim() ? decodeParam(typed.trim()) : title;
  return slugify(source);
}
