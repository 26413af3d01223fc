import 'server-only';
import { claimReplyNotices } from '@/db/queries/reply-notices';
import { replyNoticeMail } from '@/lib/mail/messages/reply-notice';
import { sendInBackground } from '@/lib/mail/send';
import { commentPermalinks } from './permalinks';

/**
 * Called wherever comments become visible (a new approved comment, a moderator's approval or reply):
 * the replies among them are claimed in the database now, and their mails go out in the background.
 */
export async function noticeApprovedReplies(ids: readonly number[]): Promise<void> {
  try {
    const notices = claimReplyNotices(ids);
    if (notices.length === 0) return;
    const links = await commentPermalinks(notices.map((n) => ({ article: n.article, commentId: n.replyId })));
    sendInBackground(
      notices.map((n) =>
        replyNoticeMail({ ...n, articleTitle: n.article.title, replyPath: links.get(n.replyId)! }),
      ),
    );
  } catch (error) {
    // A notice is a courtesy: the comment itself is stored and shown whatever happens here.
    console.error('reply notices:', error instanceof Error ? error.message : error);
  }
}
