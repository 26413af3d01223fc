import { describe, expect, it } from 'vitest';
import { formatGregorianDate, formatHijriDate, formatRelative, formatShortDate } from '@/lib/arabic/dates';
import { normalizeArabic } from '@/lib/arabic/normalize';
import { formatNumber, parseArabicNumber } from '@/lib/arabic/numbers';
import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import { readingMinutes, readingTimeLabel } from '@/lib/arabic/reading-time';
import { decodeParam, slugify } from '@/lib/arabic/slugify';

const noon = new Date('2026-11-27T10:00:00Z');

describe('dates', () => {
  it('formats the Gregorian date in Arabic with Arabic-Indic digits', () => {
    expect(formatGregorianDate(noon, 'Asia/Beirut')).toBe('الجمعة، ٢٧ نوفمبر ٢٠٢٦');
  });

  it('formats the Hijri (Umm al-Qura) date', () => {
    const hijri = formatHijriDate(noon, 'Asia/Beirut');
    expect(hijri).toContain('جمادى الآخرة');
    expect(hijri).toContain('١٤٤٨');
  });

  it('uses the newsroom time zone, not the server clock', () => {
    const lateEvening = new Date('2026-11-27T23:30:00Z');
    expect(formatGregorianDate(lateEvening, 'Asia/Beirut')).toContain('السبت');
    expect(formatGregorianDate(lateEvening, 'UTC')).toContain('الجمعة');
  });

  it('formats a short date for lists', () => {
    expect(formatShortDate(new Date('2025-01-05T10:00:00Z'), 'UTC')).toBe('٥ يناير ٢٠٢٥');
  });

  it('says relative times in Arabic', () => {
    expect(formatRelative(new Date(noon.getTime() - 3 * 3600_000), noon)).toBe('قبل ٣ ساعات');
    expect(formatRelative(new Date(noon.getTime() - 86400_000), noon)).toBe('أمس');
  });
});

describe('plural', () => {
  it.each([
    [0, 'لا توجد تعليقات'],
    [1, 'تعليق واحد'],
    [2, 'تعليقان'],
    [3, '٣ تعليقات'],
    [10, '١٠ تعليقات'],
    [11, '١١ تعليقاً'],
    [99, '٩٩ تعليقاً'],
    [100, '١٠٠ تعليق'],
    [102, '١٠٢ تعليق'],
  ])('%i comments → %s', (n, expected) => {
    expect(pluralize(n, commentCountForms)).toBe(expected);
  });
});

describe('numbers', () => {
  it('round-trips Arabic-Indic digits', () => {
    expect(formatNumber(1234)).toBe('١٬٢٣٤');
    expect(parseArabicNumber('١٬٢٣٤ مشاهدة')).toBe(1234);
    expect(parseArabicNumber('20')).toBe(20);
  });
});

describe('normalizeArabic', () => {
  it('folds hamza and alef forms, ى, ة, harakat and tatweel', () => {
    expect(normalizeArabic('أَحْمَد')).toBe('احمد');
    expect(normalizeArabic('إسلام آمن ٱلله')).toBe('اسلام امن الله');
    expect(normalizeArabic('مستشفى')).toBe(normalizeArabic('مستشفي'));
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
    expect(normalizeArabic('كـــلمة')).toBe('كلمه');
    expect(normalizeArabic('مسؤول شاطئ')).toBe('مسوول شاطي');
    expect(normalizeArabic('عام ٢٠٢٦')).toBe('عام 2026');
  });
});

describe('slugify', () => {
  it('keeps Arabic words joined by hyphens and drops punctuation and harakat', () => {
    expect(slugify('تقارير اعلامية تكشف عن عمليات أميركية!')).toBe('تقارير-اعلامية-تكشف-عن-عمليات-أميركية');
    expect(slugify('مُؤتمرٌ، في «بيروت»؟')).toBe('مؤتمر-في-بيروت');
    expect(slugify('GPT-5 يصل إلى 2026')).toBe('gpt-5-يصل-إلى-2026');
  });

  it('cuts long titles at a word boundary', () => {
    // Cut at 60 characters this title would end inside «عناصر» ("…-لإخلاء-عن").
    const title = 'تقارير اعلامية تكشف عن عمليات أميركية في دير الزور لإخلاء عناصر داعش قبل وصول الجيش';
    const words = title.split(' ');
    const slug = slugify(title);
    expect(slug).toBe('تقارير-اعلامية-تكشف-عن-عمليات-أميركية-في-دير-الزور-لإخلاء');
    // Whole words of the title, in order, and as many as fit: one more would pass 60.
    const pieces = slug.split('-');
    expect(pieces).toEqual(words.slice(0, pieces.length));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(`${slug}-${words[pieces.length]}`.length).toBeGreaterThan(60);
  });

  it('decodes percent-encoded params and keeps malformed ones', () => {
    expect(decodeParam(encodeURIComponent('دير-الزور'))).toBe('دير-الزور');
    expect(decodeParam('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('reading time', () => {
  it('counts about 180 words a minute, at least one', () => {
    expect(readingMinutes('كلمة')).toBe(1);
    expect(readingMinutes('كلمة '.repeat(540))).toBe(3);
    expect(readingTimeLabel('كلمة '.repeat(540))).toBe('مدة القراءة: ٣ دقائق');
    expect(readingTimeLabel('كلمة '.repeat(360))).toBe('مدة القراءة: دقيقتان');
  });
});
