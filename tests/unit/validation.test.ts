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

  it.each([
    ['zero-width space, non-joiner, joiner', 'كا\u200Bز\u200Cي\u200Dنو'],
    ['LRM, RLM, Arabic letter mark', '\u200Eكا\u200Fزي\u061Cنو'],
    ['bidi embeddings, overrides and isolates', '\u202Aكا\u202Bز\u202Cي\u202Dن\u202Eو\u2066\u2067\u2068\u2069'],
    ['word joiner, BOM, soft hyphen', 'كا\u2060زي\uFEFFن\u00ADو'],
    ['Mongolian vowel separator, Hangul filler', 'كا\u180Eزي\u3164نو'],
  ])('removes invisible characters: %s', (_name, text) => {
    expect(cleanText(text)).toBe('كازينو');
  });

  it('keeps the joiner that builds one emoji out of several', () => {
    for (const emoji of ['👨\u200D👩\u200D👧\u200D👦', '🏳\uFE0F\u200D🌈', '👩🏽\u200D💻', '❤\uFE0F\u200D🔥']) {
      expect(cleanText(`عائلتي ${emoji}`)).toBe(`عائلتي ${emoji}`);
    }
    expect(cleanText('👍\u200D')).toBe('👍');
    expect(cleanText('ب\u200D👍')).toBe('ب👍');
  });

  it('leaves text that was all invisible empty', () => {
    expect(cleanText(' \u200B\u200C\u200D\u2060\uFEFF\u202E\u2067 ')).toBe('');
  });
});

describe('text with nothing visible', () => {
  const bodyError = (body: string) => {
    const result = newCommentSchema.safeParse({ articleId: '1', body });
    return result.success ? undefined : fieldErrors(result.error).body;
  };
  const nameError = (name: string) => {
    const result = signUpSchema.safeParse({ name, email: 'a@example.com', password: 'a-long-passphrase' });
    return result.success ? undefined : fieldErrors(result.error).name;
  };

  it('is refused as a comment, with an Arabic reason', () => {
    for (const body of ['\u200B\u200C\u200D\u2060\uFEFF', '\u3164\u3164', '\u202E \u2067']) {
      expect(bodyError(body), JSON.stringify(body)).toBe('لا يمكن نشر تعليق فارغ. اكتب شيئاً أولاً.');
    }
    for (const body of ['\u2800\u2800', 'ًٌٍَُِ', '...؟!']) {
      expect(bodyError(body), JSON.stringify(body)).toBe('لا يظهر في تعليقك حرف ولا رقم. اكتب شيئاً يُقرأ.');
    }
    expect(bodyError('👍')).toBeUndefined();
    expect(bodyError('٣')).toBeUndefined();
  });

  it('is refused as a display name, and invisible characters are not stored in one', () => {
    expect(nameError('\u200B\u200B\u200B')).toBe('اكتب اسماً من حرفين على الأقل.');
    expect(nameError('\u2800\u2800\u2800')).toBe('اكتب اسماً فيه حرف أو رقم على الأقل.');
    expect(nameError('..')).toBe('اكتب اسماً فيه حرف أو رقم على الأقل.');
    expect(signUpSchema.parse({ name: 'سا\u200Bرة\u200F', email: 'a@example.com', password: 'a-long-passphrase' }).name).toBe('سارة');
  });
});

describe('newCommentSchema', () => {
  const base = { articleId: '12', body: 'تعليق' };

  it('accepts a comment and a reply, with ids from a form', () => {
    expect(newCommentSchema.parse(base)).toEqual({ articleId: 12, body: 'تعليق', notifyReplies: false });
    expect(newCommentSchema.parse({ ...base, notifyReplies: 'on' }).notifyReplies).toBe(true);
    expect(newCommentSchema.parse({ ...base, notifyReplies: true }).notifyReplies).toBe(true);
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
    expect(signUpSchema.parse({ name: ' سارة ', email: ' Sara@Example.COM ', password: 'a-long-passphrase' })).toEqual({
      name: 'سارة',
      email: 'sara@example.com',
      password: 'a-long-passphrase',
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
