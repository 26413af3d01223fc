'use client';

import { ActionForm, SubmitButton, useReturnedValues } from '../action-scope';
import { TextField } from './text-field';

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  dir?: 'ltr';
  numeric?: boolean;
};

type Props = {
  /** "create", or "<intent>-<id>" (lib/admin/taxonomy-action.ts formTarget). */
  target: string;
  intent: string;
  id?: number;
  fields: FieldSpec[];
  saved: Record<string, string>;
  submit: string;
  returnTo: string;
  /** A <details> that opens by itself when its form came back with an error. */
  fold?: string;
};

export const SLUG_HINT = 'يظهر في الرابط. اتركه فارغاً ليُولَّد من الاسم.';

/** A form of the sections, tags or authors screen; what was typed survives a refusal. */
export function TaxonomyForm({ target, intent, id, fields, saved, submit, returnTo, fold }: Props) {
  const returned = useReturnedValues(target);
  const values = { ...saved, ...returned };
  const form = (
    <ActionForm returnTo={returnTo} className="admin-taxonomy-form" key={JSON.stringify(returned ?? null)}>
      <input type="hidden" name="intent" value={intent} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {fields.map((f) => (
        <TextField
          key={f.name}
          target={target}
          name={f.name}
          label={f.label}
          hint={f.hint}
          multiline={f.multiline}
          dir={f.dir}
          inputMode={f.numeric ? 'numeric' : undefined}
          className={f.numeric ? 'admin-field--short' : undefined}
          value={values[f.name] ?? ''}
        />
      ))}
      <SubmitButton>{submit}</SubmitButton>
    </ActionForm>
  );
  if (!fold) return form;
  return (
    <details className="admin-editor" open={returned !== undefined || undefined}>
      <summary>{fold}</summary>
      {form}
    </details>
  );
}
