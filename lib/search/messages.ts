import { formatNumber } from '@/lib/arabic/numbers';
import type { PluralForms } from '@/lib/arabic/plural';

/** A long query as headings show it: its first 80 characters. */
function shown(q: string): string {
  return q.length > 80 ? `${q.slice(0, 80)}…` : q;
}

/** Everything the search pages say, in one place for the editors to review. */
export const searchMessages = {
  label: 'ابحث في خبر',
  placeholder: 'ابحث في الأخبار…',
  submit: 'بحث',
  title: 'البحث',
  resultsTitle: (q: string) => `نتائج البحث عن «${shown(q)}»`,
  emptyIntro: 'اكتب كلمة أو أكثر في مربع البحث لتجد ما نشرناه عنها.',
  emptyQuery: 'لم تكتب كلمة نبحث عنها. اكتب كلمة أو أكثر، حروفاً أو أرقاماً.',
  common: 'كلمات البحث شائعة جداً، أضف كلمة أدق مثل اسم أو مكان أو حدث.',
  noResults: (q: string) => `لم نعثر على نتائج تطابق «${shown(q)}».`,
  tips: 'تأكد من كتابة الكلمات، أو جرّب كلمات أعم أو أقل عدداً.',
  didYouMean: 'هل تقصد:',
  /** More matches than are counted (db/queries/search.ts COUNT_CAP): «أكثر من ١٬٠٠٠ نتيجة». */
  moreThan: (n: number) => `أكثر من ${formatNumber(n)} نتيجة`,
  sortLabel: 'ترتيب النتائج',
  sortRelevance: 'الأكثر صلة',
  sortNewest: 'الأحدث',
  description: 'ابحث في أخبار موقع خبر وتقاريره ومقالاته.',
} as const;

export const resultCountForms: PluralForms = {
  zero: 'لا توجد نتائج',
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: '{n} نتائج',
  many: '{n} نتيجة',
  other: '{n} نتيجة',
};
