'use client';

import { useEffect } from 'react';

/** Marks the document once React has hydrated it: html[data-hydrated] (for the tests and CSS). */
export function HydrationSignal() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
