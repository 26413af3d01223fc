import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '@/lib/search/highlight';
import { MAX_QUERY_TERMS, parseQuery, queryTokens } from '@/lib/search/query';
import { parseSearchKey, publicSearchLocation, readSearchParams, searchKey, searchPath } from '@/lib/search/route';
import { closestTerm, editDistance, nearestTerms } from '@/lib/search/suggest';

const TOKEN = /^"[\p{L}\p{N}]+"$/u;

/** Every part of an FTS expression parseQuery builds: quoted letters and digits, AND, OR and parentheses only. */
function isSafe(match: string): boolean {
  return match
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((part) => part === 'AND' || part === 'OR' || TOKEN.test(part));
}

describe('parseQuery with hostile input', () => {
  it.each([
    ['quotes', '"الاقتصاد'],
    ['balanced quotes', '"الاقتصاد العربي"'],
    ['star', 'اقتص*'],
    ['NEAR', 'NEAR(الاقتصاد النفط, 3)'],
    ['minus', '-الاقتصاد'],
    ['OR', 'الاقتصاد OR النفط'],
    ['column filter', 'title:الاقتصاد'],
    ['caret', '^الاقتصاد'],
    ['SQL', "'; DROP TABLE articles; --"],
    ['SQL union', "x' UNION SELECT password_hash FROM users --"],
    ['braces', '{title body}: الاقتصاد'],
    ['1000 characters', 'الاقتصاد '.repeat(120)],
    ['mixed script', 'Economy الاقتصاد 2026'],
  ])('%s: only quoted words', (_name, raw) => {
    const parsed = parseQuery(raw);
    expect(parsed.kind).toBe('terms');
    if (parsed.kind === 'terms') expect(isSafe(parsed.match)).toBe(true);
  });

  it('keeps the FTS keywords as words, lower-cased and quoted', () => {
    const parsed = parseQuery('NEAR OR AND NOT');
    expect(parsed).toMatchObject({ kind: 'terms', match: '"near" AND "or" AND "and" AND "not"' });
  });

  it.each([
    ['nothing', ''],
    ['spaces', '    '],
    ['only punctuation', '!!! ؟؟ ... ، ; " * - ( )'],
    ['only harakat', '\u064E\u064F\u0650\u0651\u0652'],
    ['only tatweel', 'ـــــ'],
    ['invisible characters', '\u200B\u200F\uFEFF'],
  ])('%s is an empty query', (_name, raw) => expect(parseQuery(raw)).toEqual({ kind: 'empty' }));

  it('a query of only common words says so', () => {
    expect(parseQuery('في من على')).toEqual({ kind: 'common' });
  });

  it('reads at most a few words of a very long query', () => {
    const long = Array.from({ length: 500 }, (_, i) => `كلمة${i}`).join(' ');
    const parsed = parseQuery(long);
    expect(parsed.kind === 'terms' && parsed.terms.length).toBe(MAX_QUERY_TERMS);
  });

  it('drops repeated words', () => {
    const parsed = parseQuery('النفط النفط النِّفط');
    expect(parsed.kind === 'terms' && parsed.terms.length).toBe(1);
  });
});

describe('highlight', () => {
  const tokens = (q: string) => {
    const parsed = parseQuery(q);
    return parsed.kind === 'terms' ? queryTokens(parsed.terms) : new Set<string>();
  };

  it('marks every form of the word as written', () => {
    const segments = highlight('جرت الانتخابات، وبالانتخابات تتغير الحكومات.', tokens('انتخابات'));
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['الانتخابات', 'وبالانتخابات']);
    expect(segments.map((s) => s.text).join('')).toBe('جرت الانتخابات، وبالانتخابات تتغير الحكومات.');
  });

  it('keeps markup-looking text as plain text (React escapes it)', () => {
    const segments = highlight('<b>النفط</b>', tokens('النفط'));
    expect(segments).toEqual([
      { text: '<b>', mark: false },
      { text: 'النفط', mark: true },
      { text: '</b>', mark: false },
    ]);
  });

  it('cuts a passage around the first match, with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, i) => `كلمة${i}`);
    words[60] = 'النفط';
    const passage = snippet(words.join(' '), tokens('النفط'), 20)!;
    expect(passage[0]!.text).toBe('… ');
    expect(passage.at(-1)!.text).toBe(' …');
    expect(passage.some((s) => s.mark && s.text === 'النفط')).toBe(true);
  });

  it('is null when nothing matches', () => {
    expect(snippet('لا شيء هنا', tokens('النفط'))).toBeNull();
  });
});

describe('did you mean', () => {
  it('measures edit distance and gives up past the limit', () => {
    expect(editDistance('الاقتصاد', 'الاقتصات', 2)).toBe(1);
    expect(editDistance('كتاب', 'مدرسه', 1)).toBe(2);
  });

  it('picks the closest, then the most common term', () => {
    const candidates = [
      { term: 'الاقتصاد', docs: 50 },
      { term: 'الاقتصادي', docs: 80 },
      { term: 'الاقتراض', docs: 500 },
    ];
    expect(closestTerm('الاقتصات', candidates)).toBe('الاقتصاد');
    expect(closestTerm('مدرسه', candidates)).toBeNull();
  });

  it('keeps every term at the least distance, and only those', () => {
    const terms = ['الاقتصاد', 'الاقتصادي', 'الاقتصار', 'الاقتراض', 'الاقتصات'];
    expect(nearestTerms('الاقتصات', terms)).toEqual(['الاقتصاد', 'الاقتصار']);
    expect(nearestTerms('كتب', terms)).toEqual([]);
  });
});

describe('search URLs', () => {
  it("sends an internal key's own address to its public URL, and WordPress's /search/<words> to a search", () => {
    const key = searchKey({ q: 'النفط', sort: 'newest', page: 2 });
    expect(publicSearchLocation(key)).toBe(searchPath({ q: 'النفط', sort: 'newest', page: 2 }));
    expect(publicSearchLocation(encodeURIComponent('النفط والغاز'))).toBe(searchPath({ q: 'النفط والغاز' }));
    expect(publicSearchLocation('oil+gas')).toBe('/search?q=oil+gas');
    expect(publicSearchLocation('%E0%A4%A')).toBeNull();
    expect(publicSearchLocation('%20')).toBeNull();
  });

  it('round-trips a query through the internal key, slashes and percent signs included', () => {
    for (const q of ['الاقتصاد', 'a/b%20c"\'?#&', 'x'.repeat(400)]) {
      const request = { q, sort: 'newest' as const, page: 3 };
      expect(parseSearchKey(searchKey(request))).toEqual(request);
    }
  });

  it('refuses keys it did not make', () => {
    for (const key of ['', 'relevance.0.YQ', 'oldest.1.YQ', 'relevance.1.', 'relevance.1.a/b', 'relevance.1.IA']) {
      expect(parseSearchKey(key)).toBeNull();
    }
  });

  it('reads the URL with defaults for anything unexpected', () => {
    expect(readSearchParams(new URLSearchParams('q=%20النفط%20&sort=oldest&page=-1'))).toEqual({ q: 'النفط', sort: 'relevance', page: 1 });
    expect(readSearchParams(new URLSearchParams('q=x&sort=newest&page=2'))).toEqual({ q: 'x', sort: 'newest', page: 2 });
    expect(searchPath({ q: 'النفط', sort: 'newest', page: 2 })).toBe('/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7&sort=newest&page=2');
  });
});
