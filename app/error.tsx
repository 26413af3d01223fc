'use client';

import { ErrorNotice } from '@/components/errors/error-notice';

/**
 * Any page or layout below the root layout that fails (the database, say), in every route group:
 * the Arabic page instead of Next's English one. `retry` fetches the failed part from the server
 * again; `reset` would only re-render what already failed.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
