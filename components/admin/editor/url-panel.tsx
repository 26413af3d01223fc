'use client';

import { useId, useState } from 'react';
import { editorText } from './messages';

type Props = {
  label: string;
  placeholder: string;
  initial: string;
  submitLabel: string;
  /** Returns an error message to show, or null when done. */
  onSubmit: (value: string) => string | null;
  onClose: () => void;
  extra?: { label: string; onClick: () => void };
};

/**
 * A one-field panel under the toolbar (link address, embed address). Not a <form>: the editor lives
 * inside the article's form, and forms cannot nest; Enter applies, Escape closes.
 */
export function UrlPanel({ label, placeholder, initial, submitLabel, onSubmit, onClose, extra }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = () => setError(onSubmit(value));
  return (
    <div className="body-editor__panel" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="url"
        dir="ltr"
        inputMode="url"
        autoFocus
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <div className="body-editor__panel-actions">
        <button type="button" onClick={submit}>
          {submitLabel}
        </button>
        {extra && (
          <button type="button" onClick={extra.onClick}>
            {extra.label}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {editorText.close}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="body-editor__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
