import type { UserRole } from '@/db/schema';

/**
 * What each role may do. Roles are not a ladder: a moderator runs the comments but writes no
 * articles, a writer writes but moderates nothing; an editor does both, an admin everything.
 */
export const capabilities = {
  /** Open /admin at all. */
  staff: ['writer', 'moderator', 'editor', 'admin'],
  /** Run the comment queue, open and close an article's comments. */
  moderate: ['moderator', 'editor', 'admin'],
  /** Create articles, edit one's own drafts, submit them for review. */
  write: ['writer', 'editor', 'admin'],
  /** Edit, schedule, publish and unpublish any article; manage sections and tags. */
  publish: ['editor', 'admin'],
  /** Users, authors, moderation settings, the log, imports. */
  administer: ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Capability = keyof typeof capabilities;

export function can(user: { role: UserRole } | null, capability: Capability): boolean {
  return !!user && (capabilities[capability] as readonly UserRole[]).includes(user.role);
}

/** Roles shown with a badge beside their comments and kept out of others' display names. */
export const staffRoles: readonly UserRole[] = capabilities.staff;
