import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { db } from '@/db';
import { createImportRun, finishImportRun, updateImportRunProgress } from '@/db/queries/import';
import { env } from '@/lib/env';
import { importWordPress } from './import';
import { importMessages } from './messages';
import { NotWxrError, NotXmlError } from './wxr-reader';

// An import started from the admin screen runs in the server process, in the background: the
// upload's request has already been answered. Progress and the summary go to import_runs, which
// the screen polls; one run at a time per process.

const active = globalThis as unknown as { khabarImportRun?: string };

export function activeImportRun(): string | null {
  return active.khabarImportRun ?? null;
}

export function startImport(input: { file: string; fileName: string; bytes: number; startedBy: string }): string {
  const id = randomUUID();
  createImportRun(db(), { id, fileName: input.fileName, bytesTotal: input.bytes, startedBy: input.startedBy });
  active.khabarImportRun = id;
  let lastWrite = 0;
  void importWordPress(db(), input.file, {
    timeZone: env().SITE_TIME_ZONE,
    displayName: input.fileName,
    onProgress: (progress) => {
      if (Date.now() - lastWrite < 500) return;
      lastWrite = Date.now();
      updateImportRunProgress(db(), id, progress.bytesRead, progress);
    },
  })
    .then(
      (summary) => finishImportRun(db(), id, { status: 'done', summary, error: null }),
      (error: unknown) => {
        if (!(error instanceof NotXmlError || error instanceof NotWxrError)) console.error('WordPress import failed', error);
        const message =
          error instanceof NotXmlError ? importMessages.notXml : error instanceof NotWxrError ? importMessages.notWxr : `${importMessages.crashed} ${(error as Error).message}`;
        finishImportRun(db(), id, { status: 'failed', summary: null, error: message });
      },
    )
    .finally(() => {
      fs.rmSync(input.file, { force: true });
      if (active.khabarImportRun === id) active.khabarImportRun = undefined;
    });
  return id;
}
