'use client';

import { FieldError } from '../action-scope';

type Props = {
  target: string;
  name: string;
  label: string;
  value: string;
  hint?: string;
  multiline?: boolean;
  dir?: 'auto' | 'ltr';
  inputMode?: 'numeric';
  className?: string;
};

/** One labelled input of a taxonomy form, its hint and its error (for the form named `target`). */
export function TextField({ target, name, label, value, hint, multiline, dir = 'auto', inputMode, className }: Props) {
  const id = `${target}-${name}`;
  const describedBy = [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  const common = { id, name, dir, defaultValue: value, 'aria-describedby': describedBy };
  return (
    <div className={className ? `admin-field ${className}` : 'admin-field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input {...common} inputMode={inputMode} />}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError target={target} field={name} id={`${id}-error`} />
    </div>
  );
}
