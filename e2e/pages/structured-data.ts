import type { Page } from '@playwright/test';

export type StructuredData = Record<string, unknown> & { '@type'?: string };

/** Every JSON-LD block of the page, parsed (an article carries a NewsArticle and a BreadcrumbList). */
export async function structuredData(page: Page): Promise<StructuredData[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as StructuredData);
}

/** The page's JSON-LD block of the given type; fails when the page has none. */
export async function structuredDataOf<T = StructuredData>(page: Page, type: string): Promise<T> {
  const found = (await structuredData(page)).find((item) => item['@type'] === type);
  if (!found) throw new Error(`no ${type} JSON-LD on ${page.url()}`);
  return found as T;
}
