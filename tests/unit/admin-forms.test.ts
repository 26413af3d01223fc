import { describe, expect, it } from 'vitest';
import { describeLogValue } from '@/lib/admin/log-format';
import { moderationDone } from '@/lib/admin/messages';
import { adminReturnTo } from '@/lib/admin/paths';
import { defaultModerationSettings } from '@/lib/comments/settings';
import { fieldErrors } from '@/lib/validation/auth';
import { commentActionSchema, commentFilterSchema } from '@/lib/validation/admin';
import { settingsFormSchema, settingsFormValues } from '@/lib/validation/settings-form';

describe('settingsFormSchema', () => {
  const form = { ...settingsFormValues(defaultModerationSettings) };

  it('round-trips the defaults through the form', () => {
    const posted = { ...form, manualApproval: undefined, closeOld: undefined, requirePriorApproval: 'on' };
    expect(settingsFormSchema.parse(posted)).toEqual(defaultModerationSettings);
  });

  it('reads one entry per line, trimmed, without blanks or repeats, and Arabic-Indic numbers', () => {
    const parsed = settingsFormSchema.parse({
      ...form,
      blocklist: ' كازينو \r\n\r\nbot@spam.example\nكازينو\n',
      maxLinks: '٣',
      closeOld: 'on',
      closeAfterDays: '30',
    });
    expect(parsed.blocklist).toEqual(['كازينو', 'bot@spam.example']);
    expect(parsed.maxLinks).toBe(3);
    expect(parsed.closeAfterDays).toBe(30);
  });

  it('takes 0 comments per page (no paging) and Arabic-Indic digits', () => {
    expect(settingsFormSchema.parse({ ...form, requirePriorApproval: 'on', commentsPerPage: '0' }).commentsPerPage).toBe(0);
    expect(settingsFormSchema.parse({ ...form, requirePriorApproval: 'on', commentsPerPage: '٢٠' }).commentsPerPage).toBe(20);
  });

  it('needs a number of days only when closing old articles', () => {
    expect(settingsFormSchema.parse({ ...form, closeOld: undefined, closeAfterDays: 'abc' }).closeAfterDays).toBeNull();
    const result = settingsFormSchema.safeParse({ ...form, closeOld: 'on', closeAfterDays: '' });
    expect(fieldErrors(result.error!).closeAfterDays).toBe('اكتب عدد الأيام رقماً صحيحاً.');
  });

  it.each([
    ['maxLinks', '-1', 'اكتب عدد الروابط رقماً صحيحاً.'],
    ['maxLinks', '101', 'عدد الروابط يجب أن يكون بين ٠ و١٠٠.'],
    ['threadDepth', '0', 'عمق الردود يجب أن يكون بين ١ و١٠.'],
    ['commentsPerPage', '1001', 'عدد التعليقات في الصفحة يجب أن يكون بين ٠ و١٬٠٠٠.'],
    ['commentsPerPage', 'خمسون', 'اكتب عدد التعليقات في الصفحة رقماً صحيحاً.'],
    ['blocklist', 'ا'.repeat(201), 'كل سطر في قائمة الحظر يجب ألا يتجاوز ٢٠٠ حرف.'],
  ])('refuses %s = %j in Arabic', (field, value, message) => {
    const result = settingsFormSchema.safeParse({ ...form, [field]: value });
    expect(fieldErrors(result.error!)[field]).toBe(message);
  });
});

describe('commentActionSchema', () => {
  it('reads each kind of form', () => {
    expect(commentActionSchema.parse({ intent: 'approve', id: '7' })).toEqual({ intent: 'approve', id: 7 });
    expect(commentActionSchema.parse({ intent: 'bulk', op: 'trash', ids: ['1', '2'] })).toEqual({ intent: 'bulk', op: 'trash', ids: [1, 2] });
    expect(commentActionSchema.parse({ intent: 'empty', status: 'spam', upTo: '1000', article: '4' })).toEqual({
      intent: 'empty',
      status: 'spam',
      article: 4,
      upTo: 1000,
    });
  });

  it.each([
    [{ intent: 'bulk', op: 'approve', ids: [] }, 'ids', 'حدّد تعليقاً واحداً على الأقل.'],
    [{ intent: 'bulk', op: '', ids: ['1'] }, 'op', 'اختر الإجراء الذي تريد تطبيقه على التعليقات المحددة.'],
    [{ intent: 'approve', id: 'abc' }, 'id', 'لم نتعرّف على التعليق المطلوب.'],
    [{ intent: 'reply', id: '3', body: ' \n ' }, 'body', 'النص فارغ. اكتب شيئاً أولاً.'],
  ])('refuses %j with an Arabic message', (input, field, message) => {
    const result = commentActionSchema.safeParse(input);
    expect(fieldErrors(result.error!)[field]).toBe(message);
  });

  it('refuses an unknown intent or bin', () => {
    expect(commentActionSchema.safeParse({ intent: 'publish', id: '1' }).success).toBe(false);
    expect(commentActionSchema.safeParse({ intent: 'empty', status: 'approved', upTo: '1' }).success).toBe(false);
    expect(commentActionSchema.safeParse({ intent: 'empty', status: 'spam' }).success).toBe(false);
  });
});

describe('commentFilterSchema', () => {
  it('falls back instead of failing on odd query strings', () => {
    expect(commentFilterSchema.parse({ status: 'bogus', page: '-3', article: 'x' })).toEqual({ status: 'all', page: 1 });
    expect(commentFilterSchema.parse({ status: 'spam', page: '2', article: '12', q: ' كلمة ' })).toMatchObject({ status: 'spam', page: 2, article: 12, q: 'كلمة' });
  });
});

describe('adminReturnTo', () => {
  it.each([
    ['/admin/comments?status=pending&flash=abc', '/admin/comments?status=pending'],
    ['/admin', '/admin'],
    ['https://evil.example/admin', '/admin'],
    ['//evil.example/admin', '/admin'],
    ['/administrator', '/admin'],
    ['/admin/../login', '/admin'],
    ['/news/1/x', '/admin'],
    [null, '/admin'],
  ])('%j → %j', (input, expected) => {
    expect(adminReturnTo(input)).toBe(expected);
  });
});

describe('messages', () => {
  it('count comments with Arabic plurals', () => {
    expect(moderationDone('approve', 1, 0, 0)).toBe('تمت الموافقة على تعليق واحد.');
    expect(moderationDone('approve', 2, 0, 0)).toBe('تمت الموافقة على تعليقين.');
    expect(moderationDone('trash', 3, 0, 0)).toBe('تم نقل ٣ تعليقات إلى المهملات.');
    expect(moderationDone('delete', 11, 1, 0)).toBe('تم حذف ١١ تعليقاً نهائياً. (لم ينطبق الإجراء على تعليق واحد.)');
    expect(moderationDone('approve', 0, 0, 1)).toBe('هذا التعليق غير موجود، ربما حُذف نهائياً.');
  });

  it('describe log entries in words', () => {
    expect(describeLogValue('approve', { status: 'pending' }, { status: 'approved' })).toBe('بانتظار المراجعة');
    expect(describeLogValue('role', { role: 'moderator' }, null)).toBe('مشرف');
    expect(describeLogValue('settings', { ...defaultModerationSettings, maxLinks: 3 }, defaultModerationSettings)).toBe('عدد الروابط: ٣');
    expect(describeLogValue('delete', null, {})).toBe('—');
  });
});
