import { describe, expect, it } from 'vitest';
import { idParamSchema, parseIdParam, parsePageParam } from '@/lib/page-param';

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

  it('takes the same ids as a zod schema (query strings)', () => {
    for (const value of ['42', '1', '2147483647', '2147483648', '0', '01', '-1', '1e3', ' 1', '1.0', 'x1', '']) {
      const parsed = idParamSchema.safeParse(value);
      expect(parsed.success ? parsed.data : null, value).toBe(parseIdParam(value));
    }
  });
});
