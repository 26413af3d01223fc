import { formatNumber } from '@/lib/arabic/numbers';
import { searchMessages } from '@/lib/search/messages';
import { parseQuery } from '@/lib/search/query';

// What the moderation queue's two search boxes can look for. The text box searches the comment
// index, which holds no common words; the author box searches a trigram index (three characters
// in a row), which cannot find anything shorter.

export const AUTHOR_SEARCH_MIN_CHARS = 3;

export function authorSearchable(author: string): boolean {
  return [...author.trim()].length >= AUTHOR_SEARCH_MIN_CHARS;
}

export const queueSearchMessages = {
  authorTooShort: 'اكتب ثلاثة أحرف على الأقل من اسم الكاتب أو بريده الإلكتروني.',
  /** A search's matches past the count's cap (db/queries/admin-comments.ts QUEUE_SEARCH_COUNT_CAP). */
  moreThan: (cap: number) => `يطابق البحث أكثر من ${formatNumber(cap)} تعليق، وتُعرض أحدث ${formatNumber(cap)} منها فقط. ضيّق البحث لتظهر التعليقات الأقدم.`,
} as const;

/** Why the queue's search finds nothing as typed, in the moderator's words; null when it can run. */
export function queueSearchProblem(filter: { q?: string; author?: string }): string | null {
  if (filter.q) {
    const kind = parseQuery(filter.q).kind;
    if (kind === 'common') return searchMessages.common;
    if (kind === 'empty') return searchMessages.emptyQuery;
  }
  if (filter.author && !authorSearchable(filter.author)) return queueSearchMessages.authorTooShort;
  return null;
}
