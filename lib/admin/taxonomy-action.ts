import 'server-only';
import { refresh } from 'next/cache';
import type { z } from 'zod';
import type { AccountUser } from '@/db/queries/users';
import type { Capability } from '@/lib/auth/roles';
import { formResult } from '@/lib/forms/flash';
import { fieldErrors } from '@/lib/validation/auth';
import { formFields, type AdminFormState } from './form-state';
import { requireAdminAction } from './guard';
import { taxonomyMessages } from './messages';
import { adminReturnTo } from './paths';

/** Which form on the page a result belongs to: "create", or "<intent>-<id>" for a row's form. */
export function formTarget(fields: Record<string, string | undefined>): string {
  return fields.intent === 'create' ? 'create' : `${fields.intent ?? 'form'}-${fields.id ?? ''}`;
}

/**
 * The sections, tags and authors actions share this: the role from the database, zod, the change,
 * then the result beside the form that sent it, with what was typed kept when it failed.
 */
export async function runTaxonomyAction<S extends z.ZodType<{ intent: string }>>(
  form: FormData,
  options: {
    capability: Capability;
    fallback: string;
    fields: readonly string[];
    schema: S;
    apply: (action: z.output<S>, user: AccountUser) => AdminFormState;
  },
): Promise<AdminFormState | null> {
  const returnTo = adminReturnTo(form.get('returnTo'), options.fallback);
  const auth = await requireAdminAction(options.capability, returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);

  const fields = formFields(form, ['intent', 'id', ...options.fields]);
  const target = formTarget(fields);
  const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? '']));
  const parsed = options.schema.safeParse(fields);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const message = errors.intent ? taxonomyMessages.invalid : (errors.id ?? Object.values(errors)[0] ?? taxonomyMessages.invalid);
    return formResult<AdminFormState>({ ok: false, message, errors, values, target }, returnTo);
  }
  const state = options.apply(parsed.data, auth.user);
  if (state.ok) refresh();
  return formResult<AdminFormState>(state.ok ? { ...state, target } : { values, ...state, target }, returnTo);
}
