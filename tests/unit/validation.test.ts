import { describe, expect, it } from 'vitest';
import { callbackUrlSchema, fieldErrors, signUpSchema } from '@/lib/validation/auth';
import { newCommentSchema } from '@/lib/validation/comment';
import { cleanText } from '@/lib/validation/text';

describe('cleanText', () => {
  it('strips control and bidi-override characters but keeps line breaks', () => {
    expect(cleanText('سطر\u0007 أول\r\nسطر\u202E ثانٍ\u0000')).toBe('سطر أول\nسطر ثانٍ');
  });

  it('replaces lone surrogates left by broken UTF-8', () => {
    expect(cleanText('نص \uD800 مكسور')).toBe('نص \uFFFD مكسور');
  });

  it('trims, drops trailing spaces and squeezes blank lines', () => {
    expect(cleanText('  فقرة   \n\n\n\n\nفقرة ثانية\t \n')).toBe('فقرة\n\nفقرة ثانية');
  });
});

describe('newCommentSchema', () => {
  const base = { articleId: '12', body: 'تعليق' };

  it('accepts a comment and a reply, with ids from a form', () => {
    expect(newCommentSchema.parse(base)).toEqual({ articleId: 12, body: 'تعليق' });
    expect(newCommentSchema.parse({ ...base, parentId: '7' }).parentId).toBe(7);
    expect(newCommentSchema.parse({ ...base, parentId: '' }).parentId).toBeUndefined();
  });

  it.each([
    ['', 'لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.'],
    [' \n\t ', 'لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.'],
    ['ب'.repeat(5001), 'التعليق أطول من ٥٬٠٠٠ حرف. اختصره قليلاً.'],
  ])('refuses %j with an Arabic message', (body, message) => {
    const result = newCommentSchema.safeParse({ ...base, body });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).body).toBe(message);
  });

  it('accepts exactly 5,000 characters', () => {
    expect(newCommentSchema.safeParse({ ...base, body: 'ب'.repeat(5000) }).success).toBe(true);
  });

  it('refuses ids that are not positive integers', () => {
    for (const articleId of ['0', '-3', 'abc', '1.5', '99999999999']) {
      expect(newCommentSchema.safeParse({ ...base, articleId }).success).toBe(false);
    }
  });
});

describe('signUpSchema', () => {
  it('normalizes the email and checks each field in Arabic', () => {
    expect(signUpSchema.parse({ name: ' سارة ', email: ' Sara@Example.COM ', password: '12345678' })).toEqual({
      name: 'سارة',
      email: 'sara@example.com',
      password: '12345678',
    });
    const result = signUpSchema.safeParse({ name: 'س', email: 'x', password: '1' });
    expect(fieldErrors(result.error!)).toEqual({
      name: 'اكتب اسماً من حرفين على الأقل.',
      email: 'أدخل بريداً إلكترونياً صحيحاً، مثل name@example.com.',
      password: 'اختر كلمة مرور من ٨ أحرف على الأقل.',
    });
  });
});

describe('callbackUrlSchema', () => {
  it.each([
    ['/news/1/x#respond', '/news/1/x#respond'],
    ['https://evil.example', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    [undefined, '/'],
  ])('%s → %s', (input, expected) => {
    expect(callbackUrlSchema.parse(input)).toBe(expected);
  });
});
