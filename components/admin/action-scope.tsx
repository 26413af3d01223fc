'use client';

import { createContext, use, useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import type { AdminAction, AdminFormState } from '@/lib/admin/form-state';

type Scope = { state: AdminFormState | null; formAction: (form: FormData) => void };

const ScopeContext = createContext<Scope | null>(null);

function useScope(): Scope {
  const scope = use(ScopeContext);
  if (!scope) throw new Error('ActionForm outside an ActionScope');
  return scope;
}

/**
 * One server action shared by every form inside (row buttons, bulk, reply…), so its result shows
 * in one place. `initial` is the state a post without JavaScript left behind (see lib/admin/flash).
 */
export function ActionScope({
  action,
  initial,
  children,
}: {
  action: AdminAction;
  initial: AdminFormState | null;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initial);
  return <ScopeContext value={{ state, formAction }}>{children}</ScopeContext>;
}

type FormProps = Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action'> & { returnTo: string };

export function ActionForm({ returnTo, children, ...props }: FormProps) {
  const { formAction } = useScope();
  return (
    <form action={formAction} {...props}>
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
    </form>
  );
}

/** The last result, announced to screen readers. */
export function ActionMessage() {
  const { state } = useScope();
  return (
    <div className="admin-notice-slot" aria-live="polite">
      {state && (
        <p className={state.ok ? 'admin-notice' : 'admin-notice admin-notice--error'} role="status">
          {state.message}
        </p>
      )}
    </div>
  );
}

/** The error of one field of one form (`target`), beside it. */
export function FieldError({ target, field, id }: { target?: string; field: string; id: string }) {
  const { state } = useScope();
  const error = state && !state.ok && state.target === target ? state.errors?.[field] : undefined;
  return error ? (
    <p id={id} className="field__error">
      {error}
    </p>
  ) : null;
}

/** What was typed into a form that came back with an error, so it is not lost. */
export function useReturnedValues(target: string | undefined): Record<string, string> | undefined {
  const { state } = useScope();
  return state && !state.ok && state.target === target ? state.values : undefined;
}

export function SubmitButton({
  children,
  className = 'admin-button',
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} {...props}>
      {children}
    </button>
  );
}
