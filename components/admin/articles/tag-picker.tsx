'use client';

import { useId, useState } from 'react';
import { splitTagNames } from '@/lib/validation/article';

type Props = { value: string[]; onChange: (names: string[]) => void; suggestions: string[]; error?: string };

/**
 * Tags: pick an existing one from the suggestions or type a new name and press Enter (or a comma);
 * it is created when the article is saved. The names travel as one comma-separated field.
 */
export function TagPicker({ value, onChange, suggestions, error }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = (text: string) => {
    const names = splitTagNames(text).filter((n) => !value.includes(n));
    if (names.length) onChange([...value, ...names]);
    setDraft('');
  };
  return (
    <fieldset className="article-tags" aria-describedby={`${id}-hint`}>
      <legend>الوسوم</legend>
      <input type="hidden" name="tags" value={value.join('، ')} />
      {value.length > 0 && (
        <ul className="article-tags__list">
          {value.map((name) => (
            <li key={name}>
              <bdi>{name}</bdi>
              <button type="button" className="link-button" aria-label={`إزالة الوسم «${name}»`} onClick={() => onChange(value.filter((n) => n !== name))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="article-tags__add">
        <label htmlFor={`${id}-new`}>أضف وسماً</label>
        <input
          id={`${id}-new`}
          list={`${id}-options`}
          value={draft}
          dir="auto"
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const text = e.target.value;
            if (/[,،]/.test(text)) add(text);
            else setDraft(text);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
            }
          }}
          onBlur={() => draft.trim() && add(draft)}
        />
        <button type="button" className="admin-button admin-button--small" onClick={() => add(draft)}>
          إضافة
        </button>
        <datalist id={`${id}-options`}>
          {suggestions.filter((s) => !value.includes(s)).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        اختر وسماً موجوداً أو اكتب اسماً جديداً ثم اضغط Enter؛ يُنشأ الوسم الجديد عند الحفظ.
      </p>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
