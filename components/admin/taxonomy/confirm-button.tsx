import { ActionForm, SubmitButton } from '../action-scope';

type Props = { intent: string; id: number; summary: string; warning: string; confirm: string; returnTo: string };

/** A destructive row action behind a confirmation that needs no JavaScript. */
export function ConfirmButton({ intent, id, summary, warning, confirm, returnTo }: Props) {
  return (
    <details className="admin-empty">
      <summary>{summary}</summary>
      <ActionForm returnTo={returnTo} className="admin-empty__confirm">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="id" value={id} />
        <p>{warning}</p>
        <SubmitButton className="admin-button admin-button--danger">{confirm}</SubmitButton>
      </ActionForm>
    </details>
  );
}
