'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatNumber } from '@/lib/arabic/numbers';

// Sends the chosen export as the request body (streamed to disk by the route), then polls the
// run's progress until it ends and refreshes the page, which shows the summary.

type Progress = { status: string; bytesRead: number; bytesTotal: number; error: string | null };

const ENDPOINT = '/api/admin/import';

export function UploadForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);

  async function poll(runId: string) {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      const response = await fetch(`${ENDPOINT}?run=${runId}`, { cache: 'no-store' });
      const data = (await response.json()) as { run?: Progress; message?: string };
      if (!response.ok || !data.run) {
        setMessage(data.message ?? 'تعذّرت متابعة الاستيراد.');
        break;
      }
      setProgress(data.run);
      if (data.run.status !== 'running') break;
    }
    setBusy(false);
    router.refresh();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('export');
    if (!(file instanceof File) || !file.size) {
      setMessage('اختر ملف التصدير أولاً.');
      return;
    }
    setBusy(true);
    setMessage(null);
    setProgress(null);
    try {
      const response = await fetch(ENDPOINT, {
        method: 'POST',
        body: file,
        headers: { 'content-type': file.type || 'application/xml', 'x-file-name': encodeURIComponent(file.name) },
      });
      const data = (await response.json()) as { runId?: string; message?: string };
      if (response.status !== 202 || !data.runId) {
        setMessage(data.message ?? 'تعذّر رفع الملف.');
        setBusy(false);
        return;
      }
      await poll(data.runId);
    } catch {
      setMessage('انقطع الاتصال أثناء رفع الملف. أعد المحاولة.');
      setBusy(false);
    }
  }

  const share = progress && progress.bytesTotal ? Math.round((progress.bytesRead / progress.bytesTotal) * 100) : 0;
  return (
    <form onSubmit={submit} className="admin-settings" aria-label="رفع ملف التصدير">
      <div className="admin-field">
        <label htmlFor="wp-export">ملف التصدير من ووردبريس (XML)</label>
        <input id="wp-export" name="export" type="file" accept=".xml,application/xml,text/xml" required disabled={busy} />
      </div>
      <button type="submit" className="admin-button" disabled={busy}>
        {busy ? 'جارٍ الاستيراد…' : 'ابدأ الاستيراد'}
      </button>
      <div role="status" aria-live="polite" className="admin-notice-slot">
        {progress?.status === 'running' && (
          <p>
            <progress max={100} value={share} /> {formatNumber(share)}٪
          </p>
        )}
        {progress?.status === 'done' && <p className="admin-notice">انتهى الاستيراد. الملخص أدناه.</p>}
        {progress?.status === 'failed' && <p className="admin-notice admin-notice--error">{progress.error}</p>}
      </div>
      {message && (
        <p className="admin-notice admin-notice--error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
