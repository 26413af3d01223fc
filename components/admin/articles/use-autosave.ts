'use client';

import { useEffect, useRef, useState } from 'react';
import { articleAutosaveUrl } from '@/lib/newsroom/paths';

export const AUTOSAVE_DELAY_MS = 1500;

type Draft = { title: string; excerpt: string; bodyJson: string };
export type AutosaveStatus = { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

/**
 * Sends the title, excerpt and body to the article's autosave a moment after typing stops (only
 * when they changed since the page opened or the last autosave); never for a new, unsaved article.
 */
export function useAutosave(articleId: number | null, baseVersion: number, draft: Draft): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const last = useRef(JSON.stringify(draft));
  const serialized = JSON.stringify(draft);

  // A new version came from a manual save: what the form holds now is saved, not a draft.
  const savedVersion = useRef(baseVersion);
  useEffect(() => {
    if (savedVersion.current === baseVersion) return;
    savedVersion.current = baseVersion;
    last.current = serialized;
  }, [baseVersion, serialized]);

  useEffect(() => {
    if (!articleId || serialized === last.current) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(articleAutosaveUrl(articleId), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...(JSON.parse(serialized) as Draft), baseVersion }),
        });
        if (response.ok) {
          last.current = serialized;
          setStatus({ kind: 'saved', at: new Date() });
        } else {
          const data = (await response.json().catch(() => ({}))) as { message?: string };
          setStatus({ kind: 'failed', message: data.message ?? 'تعذّر الحفظ التلقائي.' });
        }
      } catch {
        setStatus({ kind: 'failed', message: 'تعذّر الحفظ التلقائي: لا اتصال بالخادم.' });
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [articleId, baseVersion, serialized]);

  return status;
}

