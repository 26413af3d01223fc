import type { FieldErrors } from '@/lib/validation/auth';

/** What every admin action returns; `target` names the form (e.g. "reply-12") its errors belong to. */
export type AdminFormState = {
  ok: boolean;
  message: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  target?: string;
};

export type AdminAction = (state: AdminFormState | null, form: FormData) => Promise<AdminFormState | null>;

/** Form fields by name, absent ones as undefined (so zod's defaults and messages apply). */
export function formFields(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      return [name, typeof value === 'string' ? value : undefined];
    }),
  );
}
