'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Ticks every row of a bulk form; appears only with JavaScript, since it needs it. */
export function SelectAll({ form }: { form: string }) {
  // False while rendering on the server, true once hydrated: the box exists only where it works.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!hydrated) return null;
  return (
    <input
      type="checkbox"
      aria-label="تحديد الكل"
      onChange={(event) => {
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${form}"]`)) {
          box.checked = event.currentTarget.checked;
        }
      }}
    />
  );
}
