import type { ArticleStatus } from '@/db/schema';

/** What a change of status means for the site: what to log, which revision kind, what to wake. */
export type StatusChange = {
  /** The log entry (moderation_log.action), when the change is one the log keeps. */
  log: 'publish' | 'unpublish' | null;
  revisionKind: 'publish' | 'save';
  /** The scheduler must look again (a scheduled time was set, changed or removed). */
  reschedule: boolean;
  /** Reader pages show the article before or after: their cache must be expired. */
  public: boolean;
};

export function statusChange(before: { status: ArticleStatus } | null, after: { status: ArticleStatus }): StatusChange {
  const was = before?.status ?? null;
  const wasPublic = was === 'published';
  const isPublic = after.status === 'published';
  return {
    log: isPublic && !wasPublic ? 'publish' : wasPublic && !isPublic ? 'unpublish' : null,
    revisionKind: isPublic && !wasPublic ? 'publish' : 'save',
    reschedule: was === 'scheduled' || after.status === 'scheduled',
    public: wasPublic || isPublic,
  };
}
