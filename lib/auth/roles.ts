import type { UserRole } from '@/db/schema';

const RANK: Record<UserRole, number> = { commenter: 0, moderator: 1, admin: 2 };

export function hasRole(user: { role: UserRole } | null, role: UserRole): boolean {
  return !!user && RANK[user.role] >= RANK[role];
}
