type Props = React.InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input with its error below it, announced to screen readers. */
export function Field({ name, label, error, hint, ...input }: Props) {
  const describedBy = [error && `${name}-error`, hint && `${name}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-wide message above the fields (e.g. a failed sign-in). */
export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form__message" role="status">
      {message}
    </p>
  );
}

/** A password input: left-to-right, required, filled by the browser's password manager. */
export function PasswordField(props: Omit<Props, 'type' | 'dir' | 'required'> & { autoComplete: 'current-password' | 'new-password' }) {
  return <Field type="password" dir="ltr" required {...props} />;
}
