import { describe, expect, it } from 'vitest';
import { articleSlug } from '@/lib/newsroom/slug';
import { formatLocalTime, parseLocalTime, publishNowTime, publishTimeMessages, resolvePublishTime } from '@/lib/newsroom/publish-time';

const now = new Date('2026-12-02T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe('publication time', () => {
  it('a scheduled article needs a time between a minute and a year ahead', () => {
    expect(resolvePublishTime('scheduled', null, null, now)).toEqual({ ok: false, message: publishTimeMessages.required });
    expect(resolvePublishTime('scheduled', minutes(-5), null, now)).toEqual({ ok: false, message: publishTimeMessages.past });
    expect(resolvePublishTime('scheduled', minutes(0.5), null, now)).toEqual({ ok: false, message: publishTimeMessages.past });
    expect(resolvePublishTime('scheduled', minutes(2), null, now)).toEqual({ ok: true, at: minutes(2) });
    expect(resolvePublishTime('scheduled', days(365), null, now)).toEqual({ ok: true, at: days(365) });
    expect(resolvePublishTime('scheduled', days(3650), null, now)).toEqual({ ok: false, message: publishTimeMessages.tooFar });
  });

  it('publishing keeps a past time, refuses a future one, and defaults to now', () => {
    expect(resolvePublishTime('published', null, null, now)).toEqual({ ok: true, at: now });
    expect(resolvePublishTime('published', null, days(-3), now)).toEqual({ ok: true, at: days(-3) });
    expect(resolvePublishTime('published', null, days(3), now)).toEqual({ ok: true, at: now });
    expect(resolvePublishTime('published', days(-400), null, now)).toEqual({ ok: true, at: days(-400) });
    expect(resolvePublishTime('published', days(2), null, now)).toEqual({ ok: false, message: publishTimeMessages.future });
    expect(resolvePublishTime('published', new Date('1980-01-01T00:00:00Z'), null, now)).toEqual({ ok: false, message: publishTimeMessages.tooOld });
    expect(resolvePublishTime('published', days(3650), null, now)).toEqual({ ok: false, message: publishTimeMessages.tooFar });
  });

  it('drafts keep a planned time or the one they had', () => {
    expect(resolvePublishTime('draft', null, days(-1), now)).toEqual({ ok: true, at: days(-1) });
    expect(resolvePublishTime('review', days(5), null, now)).toEqual({ ok: true, at: days(5) });
    expect(resolvePublishTime('draft', days(3650), null, now).ok).toBe(false);
  });

  it('publishing from the list', () => {
    expect(publishNowTime(null, now)).toBe(now);
    expect(publishNowTime(days(-2), now)).toEqual(days(-2));
    expect(publishNowTime(days(2), now)).toBe(now);
  });

  it('reads and writes datetime-local values in the newsroom time zone, across daylight saving', () => {
    expect(parseLocalTime('2026-12-02T14:00', 'Asia/Beirut')?.toISOString()).toBe('2026-12-02T12:00:00.000Z');
    expect(parseLocalTime('2026-07-01T14:00', 'Asia/Beirut')?.toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(parseLocalTime('2026-12-02T14:00', 'UTC')?.toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(formatLocalTime(new Date('2026-07-01T11:00:00Z'), 'Asia/Beirut')).toBe('2026-07-01T14:00');
    expect(formatLocalTime(new Date('2026-12-02T12:00:00Z'), 'Asia/Beirut')).toBe('2026-12-02T14:00');
    for (const bad of ['', '2026-13-01T10:00', '2026-02-30T10:00', '2026-12-02 14:00', 'غداً', '2026-12-02T24:00']) {
      expect(parseLocalTime(bad, 'Asia/Beirut'), bad).toBeNull();
    }
  });
});

describe('slug', () => {
  it('comes from the Arabic title unless one is typed, cleaned the same way', () => {
    expect(articleSlug('', 'الحكومة تقرّ الموازنة العامة')).toBe('الحكومة-تقر-الموازنة-العامة');
    expect(articleSlug('  ', 'عنوان')).toBe('عنوان');
    expect(articleSlug('موازنة 2027!', 'عنوان')).toBe('موازنة-2027');
    expect(articleSlug('%D8%AE%D8%A8%D8%B1', 'عنوان')).toBe('خبر');
  });
});
