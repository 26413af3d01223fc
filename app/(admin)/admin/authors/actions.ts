'use server';

import type { AdminFormState } from '@/lib/admin/form-state';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { authorActionSchema } from '@/lib/validation/taxonomy';
import { applyAuthorAction } from './apply';

/** Create, edit and delete authors (bylines): admins. */
export async function authorAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  return runTaxonomyAction(form, {
    capability: adminPageAccess.authors,
    fallback: adminPaths.authors,
    fields: ['name', 'slug', 'bio', 'avatar', 'account'],
    schema: authorActionSchema,
    apply: applyAuthorAction,
  });
}
