import type { CommentStatus } from '@/db/schema';

export const moderationOps = ['approve', 'unapprove', 'spam', 'notspam', 'trash', 'restore', 'delete'] as const;
export type ModerationOp = (typeof moderationOps)[number];

type Current = { status: CommentStatus; previousStatus: CommentStatus | null };
export type Transition =
  | { kind: 'status'; to: CommentStatus; previousStatus: CommentStatus | null }
  | { kind: 'delete' };

/** Where a comment leaving spam or the trash goes back to; pending when nothing better is known. */
function returnStatus(previous: CommentStatus | null, allowSpam: boolean): CommentStatus {
  if (previous === 'approved' || previous === 'pending') return previous;
  return allowSpam && previous === 'spam' ? 'spam' : 'pending';
}

/**
 * WordPress's moves between statuses. Spam and trash remember where a comment came from, so
 * "not spam" and "restore" put it back; only spam and trash can be deleted for good.
 * Null when the operation does not apply to the comment as it is now.
 */
export function transition(op: ModerationOp, current: Current): Transition | null {
  const { status } = current;
  switch (op) {
    case 'approve':
      return status === 'pending' ? { kind: 'status', to: 'approved', previousStatus: null } : null;
    case 'unapprove':
      return status === 'approved' ? { kind: 'status', to: 'pending', previousStatus: null } : null;
    case 'spam':
      if (status === 'spam') return null;
      // Spamming a trashed comment keeps what it was before the trash.
      return { kind: 'status', to: 'spam', previousStatus: status === 'trash' ? current.previousStatus : status };
    case 'notspam':
      return status === 'spam'
        ? { kind: 'status', to: returnStatus(current.previousStatus, false), previousStatus: null }
        : null;
    case 'trash':
      return status === 'trash' ? null : { kind: 'status', to: 'trash', previousStatus: status };
    case 'restore':
      return status === 'trash'
        ? { kind: 'status', to: returnStatus(current.previousStatus, true), previousStatus: null }
        : null;
    case 'delete':
      return status === 'spam' || status === 'trash' ? { kind: 'delete' } : null;
  }
}
