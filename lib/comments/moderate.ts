import 'server-only';
import {
  applyStatusChanges,
  deleteCommentsForGood,
  editCommentAsModerator,
  findCommentStates,
  findCommentStatesByStatus,
  insertModeratorReply,
  type CommentState,
  type StatusChange,
} from '@/db/queries/admin-comments';
import { findPublishedArticle } from '@/db/queries/articles';
import { isDuplicateComment } from '@/db/queries/comments';
import type { CommentStatus } from '@/db/schema';
import type { AccountUser } from '@/db/queries/users';
import { noticeApprovedReplies } from './reply-notices';
import { revalidateComments } from './submit';
import { transition, type ModerationOp } from './transitions';

export type ModerationOutcome = {
  /** Comments that moved (or were deleted). */
  changed: number;
  /** Ids that exist but where the operation did not apply to their status. */
  skipped: number;
  /** Ids that do not exist (any more). */
  missing: number;
};

/**
 * Each move is logged and recounted in the transaction that makes it (db/queries/admin-comments.ts);
 * what is left is dropping the cached comments (and count) of every article whose view changed.
 */
async function moveComments(actor: AccountUser, op: ModerationOp, targets: CommentState[]) {
  const changes: StatusChange[] = [];
  const deletions: CommentState[] = [];
  for (const comment of targets) {
    const next = transition(op, comment);
    if (!next) continue;
    if (next.kind === 'delete') deletions.push(comment);
    else changes.push({ id: comment.id, articleId: comment.articleId, from: comment.status, to: next.to, previousStatus: next.previousStatus, action: op });
  }
  const applied = changes.length ? await applyStatusChanges(actor.id, changes) : [];
  const lifted = deletions.length ? await deleteCommentsForGood(actor.id, deletions) : 0;

  const counted = new Set(applied.filter((c) => c.from === 'approved' || c.to === 'approved').map((c) => c.articleId));
  for (const articleId of counted) revalidateComments(articleId);
  await noticeApprovedReplies(applied.filter((c) => c.to === 'approved').map((c) => c.id));
  // Replies lifted to a new parent change the threads readers see, not how many there are.
  if (lifted > 0) for (const articleId of new Set(deletions.map((c) => c.articleId))) revalidateComments(articleId, { count: false });
  return applied.length + deletions.length;
}

/**
 * Applies one moderation operation to comments by id. Every move is logged with its before and
 * after status; the article's approved count is recounted and, when what readers see changed,
 * its cached comments are revalidated so the next request shows the new state.
 */
export async function moderateComments(actor: AccountUser, op: ModerationOp, ids: readonly number[]): Promise<ModerationOutcome> {
  const unique = [...new Set(ids)];
  const targets = await findCommentStates(unique);
  const changed = await moveComments(actor, op, targets);
  return { changed, skipped: targets.length - changed, missing: unique.length - targets.length };
}

/**
 * "Empty spam" / "empty trash": deletes for good every comment in that status (of one article, when
 * the screen was filtered to it) that the moderator could have seen: like WordPress, nothing that
 * arrived after their page was rendered (`upToId`, the newest comment id then).
 */
export async function emptyBin(
  actor: AccountUser,
  status: Extract<CommentStatus, 'spam' | 'trash'>,
  scope: { articleId?: number; upToId: number },
): Promise<number> {
  return moveComments(actor, 'delete', await findCommentStatesByStatus(status, scope));
}

export type EditResult = { ok: true; changed: boolean } | { ok: false; reason: 'missing' };

export async function editComment(actor: AccountUser, id: number, body: string): Promise<EditResult> {
  const [comment] = await findCommentStates([id]);
  if (!comment) return { ok: false, reason: 'missing' };
  if (comment.body === body) return { ok: true, changed: false };
  await editCommentAsModerator(actor.id, id, comment.body, body);
  if (comment.status === 'approved') revalidateComments(comment.articleId, { count: false });
  return { ok: true, changed: true };
}

export type ReplyResult =
  | { ok: true; id: number; approvedParent: boolean }
  | { ok: false; reason: 'missing' | 'unavailable' | 'article' | 'duplicate' };

/**
 * A moderator's reply is published at once. Replying to a comment that is still waiting approves
 * it first (WordPress's "approve and reply"), so the reply never hangs under a hidden comment.
 */
export async function replyAsModerator(actor: AccountUser, parentId: number, body: string): Promise<ReplyResult> {
  const [parent] = await findCommentStates([parentId]);
  if (!parent) return { ok: false, reason: 'missing' };
  if (parent.status === 'spam' || parent.status === 'trash') return { ok: false, reason: 'unavailable' };
  if (!(await findPublishedArticle(parent.articleId))) return { ok: false, reason: 'article' };
  if (await isDuplicateComment({ userId: actor.id, articleId: parent.articleId, parentId, body })) {
    return { ok: false, reason: 'duplicate' };
  }
  const reply = await insertModeratorReply({ parent, body, userId: actor.id });
  if (!reply) return { ok: false, reason: 'unavailable' };
  revalidateComments(parent.articleId);
  await noticeApprovedReplies(reply.approvedParent ? [parentId, reply.id] : [reply.id]);
  return { ok: true, ...reply };
}
