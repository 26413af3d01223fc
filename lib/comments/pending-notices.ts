import 'server-only';
import { advanceNoticeCursor, moderatorAddresses, newestCommentId, pendingSince, readNoticeCursor } from '@/db/queries/pending-notices';
import { readModerationSettings } from '@/db/queries/settings';
import { pendingNoticeMail } from '@/lib/mail/messages/pending-notice';
import { sendInBackground } from '@/lib/mail/send';

// "A comment is awaiting moderation" (WordPress's moderation_notify), with a digest so a spam wave is
// not a mail wave. Runs after each comment that waits and once a minute from the server's own timer
// (lib/comments/pending-timer.ts), which sends what a digest held back.
//   - off: the cursor follows the newest comment, so switching on never mails an old backlog;
//   - each: every waiting comment at once, one mail each (more than EACH_MAX at once: one summary);
//   - digest: the first comment after a quiet spell at once, then at most one mail per interval.

const EACH_MAX = 5;
const SHOWN = 10;

/** `arrived`: the comment that made this run, which counts as new even on the very first run. */
export async function runPendingNotices(now = Date.now(), arrived?: number): Promise<number> {
  const rules = await readModerationSettings();
  const newest = newestCommentId();
  const seen = readNoticeCursor(() => (arrived === undefined ? newest : Math.min(newest, arrived - 1)));
  if (newest <= seen.lastId) return 0;
  if (rules.pendingNotice === 'off') {
    advanceNoticeCursor(seen, { lastId: newest, lastSentAt: seen.lastSentAt });
    return 0;
  }
  if (rules.pendingNotice === 'digest' && now - seen.lastSentAt < rules.pendingDigestMinutes * 60_000) return 0;
  const { items, total } = pendingSince(seen.lastId, newest, SHOWN);
  const sent = total > 0 ? now : seen.lastSentAt;
  if (!advanceNoticeCursor(seen, { lastId: newest, lastSentAt: sent }) || total === 0) return 0;
  const moderators = moderatorAddresses();
  const mails =
    rules.pendingNotice === 'each' && total <= EACH_MAX
      ? items.flatMap((item) => moderators.map((m) => pendingNoticeMail(m.email, [item], 1)))
      : moderators.map((m) => pendingNoticeMail(m.email, items, total));
  sendInBackground(mails);
  return mails.length;
}

/** Never lets a failure reach the comment that triggered it. */
export function noticePendingComments(arrived: number): void {
  runPendingNotices(Date.now(), arrived).catch((error: unknown) => console.error('pending notices:', error instanceof Error ? error.message : error));
}
