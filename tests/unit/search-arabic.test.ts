import { describe, expect, it } from 'vitest';
import { lightStem } from '@/lib/arabic/stem';
import { COUNT_CAP } from '@/db/queries/search';
import { indexText } from '@/lib/search/index-text';
import { searchMessages } from '@/lib/search/messages';
import { parseQuery } from '@/lib/search/query';

/** Whether a query finds a text, as the FTS index decides it: every query word by its folded form or stem. */
function finds(query: string, text: string): boolean {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'terms') return false;
  const indexed = new Set(indexText(text).split(' '));
  return parsed.terms.every((t) => indexed.has(t.folded) || indexed.has(t.stem));
}

describe('light stemming (Light10)', () => {
  it.each([
    ['الانتخابات', 'انتخاب'],
    ['انتخابات', 'انتخاب'],
    ['وبالانتخابات', 'انتخاب'],
    ['والمدرسه', 'مدرس'],
    ['للمدرسه', 'مدرس'],
    ['المعلمون', 'معلم'],
    ['المعلمين', 'معلم'],
    ['كتابها', 'كتاب'],
    ['العربيه', 'عرب'],
    ['مدارس', 'مدارس'],
    ['قال', 'قال'],
    ['وقال', 'قال'],
  ])('%s → %s', (word, stem) => expect(lightStem(word)).toBe(stem));
});

describe('query ↔ text pairs that must match', () => {
  it.each([
    ['الانتخابات', 'جرت انتخابات في البلاد'],
    ['الانتخابات', 'وبالانتخابات تتغير الحكومات'],
    ['انتخابات', 'نتائج الانتخابات النيابية'],
    ['مدرسة', 'افتتاح المدرسة الجديدة'],
    ['المدرسة', 'مدرسة البنات'],
    ['مدرسة', 'وللمدرسة دور كبير'],
    ['مَدْرَسَة', 'افتتاح المدرسة'],
    ['المدرسة', 'افتتاحُ المَدْرَسَةِ'],
    ['مـــدرســـة', 'مدرسة البنات'],
    ['الاقتصاد', 'الاقـــتـــصاد يتعافى'],
    ['أحمد', 'قال احمد'],
    ['احمد', 'قال أحمد'],
    ['إسرائيل', 'اسرائيل تعلن'],
    ['آمال', 'امال كبيرة'],
    ['ٱلقدس', 'مدينة القدس'],
    ['مستشفى', 'مستشفي المدينة'],
    ['مستشفي', 'زيارة المستشفى'],
    ['المؤتمر', 'انعقاد الموتمر'],
    ['رئيس', 'الرئيس قال'],
    ['مسؤول', 'المسؤولون في الوزارة'],
    ['الاق\u200Bتصاد', 'الاقتصاد'],
    ['٢٠٢٦', 'موازنة 2026'],
    ['2026', 'موازنة عام ٢٠٢٦'],
    ['الحكومة', 'حكومه جديدة'],
    ['حكومه', 'الحكومة الجديدة'],
    ['المعلمين', 'إضراب المعلمون'],
    ['المعلمون', 'رواتب المعلمين'],
    ['داعش', 'عناصر داعش'],
    ['دير الزور', 'عمليات في دير الزور'],
    ['الزور دير', 'عمليات في دير الزور'],
    ['النفط', 'أسعار نفط الخليج'],
    ['للنفط', 'أسعار النفط'],
    ['فالانتخابات', 'انتخابات'],
    ['كالمدرسة', 'مدرسة'],
    ['Economy', 'the economy grows'],
    ['الاقتصاد\u200B', 'الاقتصاد'],
    ['الرياضة', 'الرياضيه في العالم'],
    ['الأسعار', 'أسعار الذهب'],
    ['  الأسعار  ', 'أسعار الذهب'],
    ['"الأسعار"', 'أسعار الذهب'],
    ['الأسعار*', 'أسعار الذهب'],
  ])('%s finds %s', (query, text) => expect(finds(query, text)).toBe(true));
});

describe('query ↔ text pairs that must not match', () => {
  it.each([
    ['مدرسة', 'مدارس المدينة'],
    ['مدارس', 'المدرسة الجديدة'],
    ['الانتخابات', 'انتقال السلطة'],
    ['كتاب', 'كاتب معروف'],
    ['وزير', 'وزارة الخارجية'],
    ['النفط', 'أسعار الغاز'],
    ['دير الزور', 'عمليات في دير البلح'],
    ['قلم', 'قلعة'],
    ['سوريا', 'سور المدينة'],
    ['2026', 'موازنة 2025'],
    ['٢٠٢٦', 'موازنة ٢٠٢٥'],
    ['معلم', 'علم البلاد'],
  ])('%s does not find %s', (query, text) => expect(finds(query, text)).toBe(false));
});

describe('result counts as the page says them', () => {
  it('says «أكثر من ١٬٠٠٠ نتيجة» past the counted matches', () => {
    expect(searchMessages.moreThan(COUNT_CAP)).toBe('أكثر من ١٬٠٠٠ نتيجة');
  });
});
