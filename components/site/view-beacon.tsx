'use client';

import { useEffect } from 'react';

/** Counts one view per page load without making the cached page dynamic. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = String(articleId);
    if (!navigator.sendBeacon?.('/api/views', body)) {
      void fetch('/api/views', { method: 'POST', body, keepalive: true });
    }
  }, [articleId]);
  return null;
}
