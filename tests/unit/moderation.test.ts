import { describe, expect, it } from 'vitest';
import { commentsOpen, decideStatus, type IncomingComment } from '@/lib/comments/moderation';
import { defaultModerationSettings, moderationSettingsSchema, type ModerationSettings } from '@/lib/comments/settings';

const comment = (overrides: Partial<IncomingComment> = {}): IncomingComment => ({
  body: 'مقال جميل وشكراً على التغطية',
  authorRole: 'commenter',
  authorEmail: 'reader@example.com',
  authorName: 'قارئ',
  ip: '203.0.113.9',
  approvedBefore: 1,
  ...overrides,
});

const rules = (overrides: Partial<ModerationSettings> = {}): ModerationSettings => ({
  ...defaultModerationSettings,
  ...overrides,
});

const status = (c: Partial<IncomingComment>, r: Partial<ModerationSettings> = {}) => decideStatus(comment(c), rules(r)).status;

describe('defaults', () => {
  it('are WordPress’s: two links hold, no manual approval, a prior approved comment required, never closed', () => {
    expect(defaultModerationSettings).toMatchObject({
      blocklist: [],
      moderationWords: [],
      maxLinks: 2,
      manualApproval: false,
      requirePriorApproval: true,
      closeAfterDays: null,
    });
    expect(moderationSettingsSchema.parse({})).toEqual(defaultModerationSettings);
  });
});

describe('decideStatus', () => {
  it('approves a commenter with an approved comment when no rule applies', () => {
    expect(decideStatus(comment(), rules())).toEqual({ status: 'approved', reason: 'rules' });
  });

  describe('blocklist → spam', () => {
    it('catches a word in the text or in the author’s name', () => {
      expect(status({ body: 'اشتر الآن كازينو رابح' }, { blocklist: ['كازينو'] })).toBe('spam');
      expect(status({ authorName: 'كازينو الحظ' }, { blocklist: ['كازينو'] })).toBe('spam');
    });

    it('catches the author’s email or IP address, whatever the case', () => {
      expect(status({ authorEmail: 'Bot@Spam.example' }, { blocklist: ['bot@spam.example'] })).toBe('spam');
      expect(status({ ip: '198.51.100.7' }, { blocklist: ['198.51.100.7'] })).toBe('spam');
      expect(status({ ip: '198.51.100.70' }, { blocklist: ['198.51.100.7'] })).toBe('approved');
    });

    it('catches a phrase of several words', () => {
      expect(status({ body: 'هنا ربح سريع ومضمون' }, { blocklist: ['ربح سريع'] })).toBe('spam');
    });

    it('matches a phrase as whole words that follow each other, never inside longer words', () => {
      expect(status({ body: 'مشروع مربح سريعة النمو' }, { blocklist: ['ربح سريع'] })).toBe('approved');
      expect(status({ body: 'اربح سريعا' }, { blocklist: ['ربح سريع'] })).toBe('approved');
      expect(status({ body: 'ربح قليل لكنه سريع' }, { blocklist: ['ربح سريع'] })).toBe('approved');
      expect(status({ body: 'رِبْحٌ، سريعٌ!' }, { blocklist: ['ربح سريع'] })).toBe('spam');
      expect(decideStatus(comment({ body: 'Fast   CASH now' }), rules({ moderationWords: ['fast cash'] })).reason).toBe('moderation-word:fast cash');
      expect(status({ body: 'breakfast cashier' }, { moderationWords: ['fast cash'] })).toBe('approved');
    });

    it('gives each word of a phrase the prefixes a single word takes', () => {
      expect(status({ body: 'عروض الكازينو المجانية' }, { blocklist: ['كازينو مجاني'] })).toBe('approved');
      expect(status({ body: 'جرب كازينو مجانية' }, { blocklist: ['كازينو مجانيه'] })).toBe('spam');
      expect(status({ body: 'عروض بالكازينو والمجانيه' }, { blocklist: ['كازينو مجانيه'] })).toBe('spam');
      // Short words stay whole inside a phrase too.
      expect(status({ body: 'قال لم يحدث' }, { blocklist: ['م يحدث'] })).toBe('approved');
    });

    it('never runs a phrase from the author’s name into the text', () => {
      expect(status({ authorName: 'ربح', body: 'سريع جداً' }, { blocklist: ['ربح سريع'] })).toBe('approved');
    });

    it('is not fooled by invisible characters or stray marks inside a word', () => {
      for (const body of ['كا\u200Bزينو', 'كاز\u200Cينو', 'كا\u200Dزينو', 'كاز\u2066ينو\u2069', 'كا\u00ADزينو', 'كاز\u061Cينو', 'كا\u0656زينو']) {
        expect(status({ body }, { blocklist: ['كازينو'] }), JSON.stringify(body)).toBe('spam');
      }
      expect(status({ body: 'ربح\u200B \u200Fسريع' }, { blocklist: ['ربح سريع'] })).toBe('spam');
      expect(status({ authorName: 'كاز\uFEFFينو' }, { blocklist: ['كازينو'] })).toBe('spam');
      expect(status({ body: 'S\u200BP\u200BA\u200BM' }, { blocklist: ['spam'] })).toBe('spam');
    });

    it('sees a word at the end of a sentence, before its full stop', () => {
      expect(status({ body: 'هذا كازينو.' }, { blocklist: ['كازينو'] })).toBe('spam');
      expect(status({ body: 'this is spam...' }, { blocklist: ['spam'] })).toBe('spam');
      expect(status({ body: 'زوروا spam.example اليوم' }, { blocklist: ['spam.example'] })).toBe('spam');
      expect(status({ body: 'زوروا notspam.example اليوم' }, { blocklist: ['spam.example'] })).toBe('approved');
    });

    it('wins over every other rule, even for a newcomer', () => {
      expect(status({ body: 'كازينو', approvedBefore: 0 }, { blocklist: ['كازينو'], moderationWords: ['كازينو'], manualApproval: true })).toBe('spam');
    });

    it('matches whole words only, so a word inside a longer one is not caught', () => {
      expect(status({ body: 'نقاش عن السياسات' }, { blocklist: ['سياسه'] })).toBe('approved');
      expect(status({ body: 'مكازينو' }, { blocklist: ['كازينو'] })).toBe('approved');
    });

    it('catches a word written with the conjunction, a preposition or the article on it', () => {
      for (const body of ['والكازينو مفتوح', 'ربحت بالكازينو', 'إعلان للكازينو', 'فكازينو', 'الكازينو']) {
        expect(status({ body }, { blocklist: ['كازينو'] }), body).toBe('spam');
      }
      expect(status({ body: 'بالسياسة نبدأ' }, { blocklist: ['سياسه'] })).toBe('spam');
      expect(status({ body: 'إعلان للكازينو' }, { blocklist: ['الكازينو'] })).toBe('spam');
    });

    it('keeps short rule words whole, so everyday words are not caught', () => {
      expect(status({ body: 'لم يحدث هذا' }, { blocklist: ['م'] })).toBe('approved');
      expect(status({ body: 'هموم الأمة كثيرة' }, { blocklist: ['أمه'] })).toBe('approved');
      expect(status({ body: 'قال كما قلت' }, { blocklist: ['ما'] })).toBe('approved');
      expect(status({ body: 'أمه' }, { blocklist: ['أمه'] })).toBe('spam');
    });

    it('blocks every address of a domain written as @domain', () => {
      expect(status({ authorEmail: 'anyone@Spam.example' }, { blocklist: ['@spam.example'] })).toBe('spam');
      expect(status({ authorEmail: 'anyone@notspam.example.org' }, { blocklist: ['@spam.example'] })).toBe('approved');
    });
  });

  describe('moderation words → pending', () => {
    it('holds a comment with a listed word', () => {
      expect(decideStatus(comment({ body: 'هذا خبر مضلل تماماً' }), rules({ moderationWords: ['مضلل'] }))).toEqual({
        status: 'pending',
        reason: 'moderation-word:مضلل',
      });
    });

    it('ignores blank entries', () => {
      expect(status({}, { moderationWords: ['  ', 'ـــ'] })).toBe('approved');
    });
  });

  describe('Arabic spellings fold together', () => {
    it.each([
      ['harakat', 'كَلِمَة', 'في النص كلمه'],
      ['harakat in the text', 'كلمة', 'في النص كَلِمَةٌ'],
      ['tatweel', 'كلمة', 'في النص كـــلـمـة'],
      ['ة / ه', 'مقالة', 'هذه مقاله'],
      ['ى / ي', 'مستشفى', 'زرت مستشفي المدينة'],
      ['hamza on alef', 'أحمق', 'يا احمق'],
      ['hamza below alef', 'إعلان', 'هذا اعلان'],
      ['madda', 'آخر', 'الاخر اخر'],
      ['alef wasla', 'ٱسم', 'اسم'],
      ['hamza on waw and ya', 'مسؤول', 'غير مسوول'],
      ['Latin case', 'SPAM', 'this is spam'],
      ['Arabic-Indic digits', 'رقم 666', 'رقم ٦٦٦'],
    ])('%s: rule %j catches %j', (_name, word, body) => {
      expect(status({ body }, { moderationWords: [word] })).toBe('pending');
      expect(status({ body }, { blocklist: [word] })).toBe('spam');
    });

    it('punctuation around a word does not hide it', () => {
      expect(status({ body: 'قلتها: «احمق»، أليس كذلك؟' }, { moderationWords: ['أحمق'] })).toBe('pending');
    });
  });

  describe('links', () => {
    it('holds a comment with N or more links (default 2)', () => {
      expect(status({ body: 'انظر https://a.example و http://b.example' })).toBe('pending');
      expect(decideStatus(comment({ body: 'انظر https://a.example و www.b.example' }), rules()).reason).toBe('links:2');
    });

    it('lets fewer links through', () => {
      expect(status({ body: 'المصدر: https://a.example/x' })).toBe('approved');
    });

    it('counts one link once, even with www. after the scheme', () => {
      expect(status({ body: 'المصدر: https://www.example.com/news' })).toBe('approved');
    });

    it('follows the configured number, and 0 turns the rule off', () => {
      expect(status({ body: 'https://a.example' }, { maxLinks: 1 })).toBe('pending');
      const many = Array.from({ length: 5 }, (_, i) => `https://s${i}.example`).join(' ');
      expect(status({ body: many }, { maxLinks: 0 })).toBe('approved');
    });
  });

  describe('manual approval', () => {
    it('holds everyone’s comment when on', () => {
      expect(decideStatus(comment(), rules({ manualApproval: true }))).toEqual({ status: 'pending', reason: 'manual' });
    });
  });

  describe('a previously approved comment', () => {
    it('is required by default: a newcomer waits', () => {
      expect(decideStatus(comment({ approvedBefore: 0 }), rules())).toEqual({ status: 'pending', reason: 'first-comment' });
    });

    it('lets a newcomer through when turned off', () => {
      expect(status({ approvedBefore: 0 }, { requirePriorApproval: false })).toBe('approved');
    });
  });

  describe('staff', () => {
    it.each(['moderator', 'admin'] as const)('a %s is approved whatever the rules say', (authorRole) => {
      expect(
        decideStatus(
          comment({ authorRole, approvedBefore: 0, body: 'كازينو https://a.example https://b.example' }),
          rules({ blocklist: ['كازينو'], moderationWords: ['كازينو'], manualApproval: true }),
        ),
      ).toEqual({ status: 'approved', reason: 'staff' });
    });
  });

  it('applies the rules in WordPress’s order', () => {
    const everything = { body: 'مضلل https://a.example https://b.example', approvedBefore: 0 };
    const all = { moderationWords: ['مضلل'], manualApproval: true };
    expect(decideStatus(comment(everything), rules(all)).reason).toBe('moderation-word:مضلل');
    expect(decideStatus(comment(everything), rules({ manualApproval: true })).reason).toBe('links:2');
    expect(decideStatus(comment({ approvedBefore: 0 }), rules({ manualApproval: true })).reason).toBe('manual');
  });
});

describe('commentsOpen', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  it('follows the article’s own switch', () => {
    expect(commentsOpen({ commentsOpen: true, publishedAt: daysAgo(400) }, { closeAfterDays: null }, now)).toBe(true);
    expect(commentsOpen({ commentsOpen: false, publishedAt: daysAgo(0) }, { closeAfterDays: null }, now)).toBe(false);
  });

  it('closes articles older than N days when the rule is on', () => {
    expect(commentsOpen({ commentsOpen: true, publishedAt: daysAgo(13.9) }, { closeAfterDays: 14 }, now)).toBe(true);
    expect(commentsOpen({ commentsOpen: true, publishedAt: daysAgo(14) }, { closeAfterDays: 14 }, now)).toBe(true);
    expect(commentsOpen({ commentsOpen: true, publishedAt: daysAgo(14.01) }, { closeAfterDays: 14 }, now)).toBe(false);
  });

  it('keeps a closed article closed however young it is', () => {
    expect(commentsOpen({ commentsOpen: false, publishedAt: daysAgo(1) }, { closeAfterDays: 30 }, now)).toBe(false);
  });
});
