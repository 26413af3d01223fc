'use client';

import { MAX_COMMENT_LENGTH } from '@/lib/comments/limits';
import { ActionForm, FieldError, SubmitButton, useReturnedValues } from './action-scope';

type Props = {
  id: number;
  intent: 'reply' | 'edit';
  summary: string;
  label: string;
  submit: string;
  defaultBody: string;
  returnTo: string;
};

/** Quick edit and reply, folded under a row; a <details> so it opens without JavaScript too. */
export function CommentEditor({ id, intent, summary, label, submit, defaultBody, returnTo }: Props) {
  const target = `${intent}-${id}`;
  const returned = useReturnedValues(target)?.body;
  const fieldId = `${target}-body`;
  return (
    <details className="admin-editor" open={returned !== undefined || undefined}>
      <summary>{summary}</summary>
      <ActionForm returnTo={returnTo} className="admin-editor__form">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="id" value={id} />
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          id={fieldId}
          name="body"
          rows={4}
          dir="auto"
          maxLength={MAX_COMMENT_LENGTH}
          defaultValue={returned ?? defaultBody}
          aria-describedby={`${fieldId}-error`}
        />
        <FieldError target={target} field="body" id={`${fieldId}-error`} />
        <SubmitButton>{submit}</SubmitButton>
      </ActionForm>
    </details>
  );
}
