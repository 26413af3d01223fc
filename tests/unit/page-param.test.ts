import { describe, expect, it } from 'vitest';
import { parseIdParam, parsePageParam } from '@/lib/page-param';

describe('route params', () => {
  it.each([
    ['2', 2],
    ['999999', 999999],
    ['0', null],
    ['-1', null],
    ['abc', null],
    ['1e3', null],
    ['01', null],
    ['1000000', null],
  ])('page %s → %s', (input, expected) => {
    expect(parsePageParam(input)).toBe(expected);
  });

  it('accepts only ids that fit an SQLite integer key as used here', () => {
    expect(parseIdParam('42')).toBe(42);
    expect(parseIdParam('99999999999999999999')).toBeNull();
    expect(parseIdParam('4294967296')).toBeNull();
    expect(parseIdParam('x1')).toBeNull();
  });
});
