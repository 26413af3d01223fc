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

/** Letters only, folded: "كـــلمة" and "كَلِمَة" both match a rule word "كلمه". */
function words(text: string): string {
  return ` ${normalizeArabic(text).replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim()} `;
}

// Arabic writes its conjunctions, prepositions and article onto the word: "والكازينو", "بالكازينو" and
// "للكازينو" are all the rule word "كازينو" (or "الكازينو"). Only rule words of four letters or more
// take these prefixes: on shorter ones they would catch everyday words ("م" → "لم", "امه" → "الامه").
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل'];
const MIN_PREFIXED_LETTERS = 4;

function matches(list: readonly string[], haystack: string): string | undefined {
  return list.find((entry) => {
    const needle = words(entry).trim();
    if (needle.length === 0) return false;
    if (needle.includes(' ')) return haystack.includes(needle);
    const stem = needle.startsWith('ال') && needle.length - 2 >= MIN_PREFIXED_LETTERS ? needle.slice(2) : needle;
    if (stem.length < MIN_PREFIXED_LETTERS || !/\p{Script=Arabic}/u.test(stem)) return haystack.includes(` ${needle} `);
    return PROCLITICS.some((prefix) => haystack.includes(` ${prefix}${stem} `));
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

  const text = words(`${comment.authorName} ${comment.body}`);
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
