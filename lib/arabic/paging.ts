import { formatNumber } from './numbers';

/** A listing's title on its page `page`: "… — الصفحة ٢" from the second page on. */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title} — الصفحة ${formatNumber(page)}` : title;
}

/** "الصفحة ٢ من ٨". */
export function pagePosition(page: number, pageCount: number): string {
  return `الصفحة ${formatNumber(page)} من ${formatNumber(pageCount)}`;
}
