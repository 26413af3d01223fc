import { z } from 'zod';

export const pendingNoticeModes = ['off', 'each', 'digest'] as const;
export type PendingNoticeMode = (typeof pendingNoticeModes)[number];

const wordList = z.array(z.string().trim().min(1).max(200)).max(5000).default([]);

/** The moderation rules an admin sets (WordPress's discussion settings); defaults in brackets. */
export const moderationSettingsSchema = z.object({
  /** Replies nest this deep [5]; deeper replies attach at the deepest level. */
  threadDepth: z.coerce.number().int().min(1).max(10).default(5),
  /** Top-level threads per page of an article's comments, oldest first, replies with their thread [50]; 0 shows all on the article. */
  commentsPerPage: z.coerce.number().int().min(0).max(1000).default(50),
  /** Words, emails or IPs that send a comment to spam. */
  blocklist: wordList,
  /** Words that hold a comment for moderation. */
  moderationWords: wordList,
  /** This many links or more hold a comment [2]; 0 turns the rule off. */
  maxLinks: z.coerce.number().int().min(0).max(100).default(2),
  /** Every comment waits for a moderator [off]. */
  manualApproval: z.boolean().default(false),
  /** A commenter's first comment waits until one of theirs has been approved [on]. */
  requirePriorApproval: z.boolean().default(true),
  /** Comments close on articles older than this many days [off = null]. */
  closeAfterDays: z.coerce.number().int().min(1).max(3650).nullable().default(null),
  /** Mail moderators about comments waiting for them: never, one mail per comment, or a digest [off]. */
  pendingNotice: z.enum(pendingNoticeModes).default('off'),
  /** A digest goes out at most once in this many minutes [60]; the first comment after a quiet spell goes at once. */
  pendingDigestMinutes: z.coerce.number().int().min(1).max(1440).default(60),
});

export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;

export const defaultModerationSettings: ModerationSettings = moderationSettingsSchema.parse({});
