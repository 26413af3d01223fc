import { formatNumber } from './numbers';

export type PluralForms = {
  zero: string;
  one: string;
  two: string;
  /** 3–10: "{n} تعليقات" */
  few: string;
  /** 11–99: "{n} تعليقاً" */
  many: string;
  /** 100, 1000…: "{n} تعليق" */
  other: string;
};

const rules = new Intl.PluralRules('ar');

/** Arabic has six plural forms; `{n}` in a form is replaced by the number in Arabic-Indic digits. */
export function pluralize(count: number, forms: PluralForms): string {
  const category = rules.select(count) as keyof PluralForms;
  return forms[category].replace('{n}', formatNumber(count));
}

export const commentCountForms: PluralForms = {
  zero: 'لا توجد تعليقات',
  one: 'تعليق واحد',
  two: 'تعليقان',
  few: '{n} تعليقات',
  many: '{n} تعليقاً',
  other: '{n} تعليق',
};

export const viewCountForms: PluralForms = {
  zero: 'لا مشاهدات',
  one: 'مشاهدة واحدة',
  two: 'مشاهدتان',
  few: '{n} مشاهدات',
  many: '{n} مشاهدة',
  other: '{n} مشاهدة',
};

export const minuteForms: PluralForms = {
  zero: 'أقل من دقيقة',
  one: 'دقيقة واحدة',
  two: 'دقيقتان',
  few: '{n} دقائق',
  many: '{n} دقيقة',
  other: '{n} دقيقة',
};

export const articleCountForms: PluralForms = {
  zero: 'لا توجد مقالات',
  one: 'مقال واحد',
  two: 'مقالان',
  few: '{n} مقالات',
  many: '{n} مقالاً',
  other: '{n} مقال',
};
