'use server';

import type { AdminFormState } from '@/lib/admin/form-state';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { tagActionSchema } from '@/lib/validation/taxonomy';
import { applyTagAction } from './apply';

/** Create, rename, merge and delete tags: editors and admins. */
export async function tagAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  return runTaxonomyAction(form, {
    capability: adminPageAccess.tags,
    fallback: adminPaths.tags,
    fields: ['name', 'slug', 'into'],
    schema: tagActionSchema,
    apply: applyTagAction,
  });
}
