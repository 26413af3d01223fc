'use server';

import type { AdminFormState } from '@/lib/admin/form-state';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { runTaxonomyAction } from '@/lib/admin/taxonomy-action';
import { sectionActionSchema } from '@/lib/validation/taxonomy';
import { applySectionAction } from './apply';

/** Create, edit, reorder and delete sections: editors and admins. */
export async function sectionAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  return runTaxonomyAction(form, {
    capability: adminPageAccess.sections,
    fallback: adminPaths.sections,
    fields: ['name', 'slug', 'position', 'direction'],
    schema: sectionActionSchema,
    apply: applySectionAction,
  });
}
