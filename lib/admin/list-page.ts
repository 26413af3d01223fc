import 'server-only';
import type { z } from 'zod';
import type { AccountUser } from '@/db/queries/users';
import type { Capability } from '@/lib/auth/roles';
import { readFlash } from '@/lib/forms/flash';
import { firstValues } from '@/lib/validation/admin';
import type { AdminFormState } from './form-state';
import { requireAdminPage } from './guard';

export type AdminSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The opening every admin list page shares: the role check (null: not signed in, the page renders
 * <SignInRequired />), the filter read from the URL, and the result an action flashed back to it.
 */
export async function openAdminList<S extends z.ZodType>(
  capability: Capability,
  searchParams: AdminSearchParams,
  filterSchema: S,
): Promise<{ user: AccountUser; filter: z.output<S>; flash: AdminFormState | null } | null> {
  const user = await requireAdminPage(capability);
  if (!user) return null;
  const query = await searchParams;
  return { user, filter: filterSchema.parse(firstValues(query)), flash: readFlash<AdminFormState>(query.flash) ?? null };
}
