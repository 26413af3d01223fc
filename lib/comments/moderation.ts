import type { CommentStatus, UserRole } from '@/db/schema';
import { normalizeArabic } from '@/lib/arabic/normalize';
import type { ModerationSettings } from './settings';

export type IncomingComment = {
  body: string;
  authorRole: UserRole;
  authorEmail: string | null;
  authorName: string;
  ip: string | null;
  /** How many of the author's comments are already approved. */
  approvedBefore: number;
};

export type Verdict = { status: CommentStatus; reason: string };

// A bare "www." counts as a link, but not the one right after a scheme: https://www.x is one link.
const LINK = /\bhttps?:\/\/|(?<!\/\/)\bwww\./gi;

/**
 * The words of a text, folded: "كـــلمة" and "كَلِمَة" are both the rule word "كلمه", and a zero-width
 * character or a stray combining mark inside a word does not split it. A dot or @ stays inside a word
 * (addresses, domains) but not at its ends, where it is punctuation.
 */
function words(text: string): string[] {
  return normalizeArabic(text)
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}@.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

// Arabic writes its conjunctions, prepositions and article onto the word: "والكازينو", "بالكازينو" and
// "للكازينو" are all the rule word "كازينو" (or "الكازينو"). Only rule words of four letters or more
// take these prefixes: on shorter ones they would catch everyday words ("م" → "لم", "امه" → "الامه").
const PROCLITICS = new Set(['', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل']);
const MIN_PREFIXED_LETTERS = 4;

type WordRule = { word: string; stem: string | null };

/** A rule word, and the stem that takes the prefixes above when it is long enough and Arabic. */
function wordRule(word: string): WordRule {
  const stem = word.startsWith('ال') && word.length - 2 >= MIN_PREFIXED_LETTERS ? word.slice(2) : word;
  return { word, stem: stem.length >= MIN_PREFIXED_LETTERS && /\p{Script=Arabic}/u.test(stem) ? stem : null };
}

/** Whether a word of the text is this rule word: the same word, or its stem with one of the prefixes. */
function isRuleWord(word: string, rule: WordRule): boolean {
  if (rule.stem === null) return word === rule.word;
  return word.endsWith(rule.stem) && PROCLITICS.has(word.slice(0, word.length - rule.stem.length));
}

type Haystack = { words: readonly string[]; set: ReadonlySet<string> };

/** The first entry found in the text: one word, or a phrase whose words follow each other there. */
function matches(list: readonly string[], text: Haystack): string | undefined {
  return list.find((entry) => {
    const rules = words(entry).map(wordRule);
    if (rules.length === 0) return false;
    if (rules.length === 1) {
      const { word, stem } = rules[0]!;
      return stem === null ? text.set.has(word) : [...PROCLITICS].some((prefix) => text.set.has(prefix + stem));
    }
    for (let start = 0; start + rules.length <= text.words.length; start++) {
      if (rules.every((rule, i) => isRuleWord(text.words[start + i]!, rule))) return true;
    }
    return false;
  });
}

/** A blocklist entry against an address: the whole email or IP, or "@domain" for every address there. */
function blocksIdentity(entry: string, identity: readonly string[]): boolean {
  const value = entry.trim().toLowerCase();
  if (value.length < 2) return false;
  return identity.some((v) => v === value || (value.startsWith('@') && v.endsWith(value)));
}

/** WordPress's order: blocklist → moderation words → links → manual → first comment → approved. */
export function decideStatus(comment: IncomingComment, rules: ModerationSettings): Verdict {
  if (comment.authorRole !== 'commenter') return { status: 'approved', reason: 'staff' };

  // The name and the text are matched apart, so that a phrase never runs from one into the other.
  const all = [...words(comment.authorName), '', ...words(comment.body)];
  const text = { words: all, set: new Set(all) };
  const blockedWord = matches(rules.blocklist, text);
  if (blockedWord) return { status: 'spam', reason: `blocklist:${blockedWord}` };
  const identity = [comment.authorEmail, comment.ip].filter(Boolean).map((v) => v!.toLowerCase());
  const blockedIdentity = rules.blocklist.find((entry) => blocksIdentity(entry, identity));
  if (blockedIdentity) return { status: 'spam', reason: `blocklist:${blockedIdentity}` };

  const heldWord = matches(rules.moderationWords, text);
  if (heldWord) return { status: 'pending', reason: `moderation-word:${heldWord}` };
  const links = comment.body.match(LINK)?.length ?? 0;
  if (rules.maxLinks > 0 && links >= rules.maxLinks) return { status: 'pending', reason: `links:${links}` };
  if (rules.manualApproval) return { status: 'pending', reason: 'manual' };
  if (rules.requirePriorApproval && comment.approvedBefore === 0) return { status: 'pending', reason: 'first-comment' };
  return { status: 'approved', reason: 'rules' };
}

/** Whether comments are still open on an article, by its own switch and the age rule. */
export function commentsOpen(
  article: { commentsOpen: boolean; publishedAt: Date },
  rules: Pick<ModerationSettings, 'closeAfterDays'>,
  now = new Date(),
): boolean {
  if (!article.commentsOpen) return false;
  if (rules.closeAfterDays === null) return true;
  return now.getTime() - article.publishedAt.getTime() <= rules.closeAfterDays * 86_400_000;
}
