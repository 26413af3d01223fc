import path from 'node:path';
import { getImportRun } from '@/db/queries/import-runs';
import { NOT_SIGNED_IN, requireCapability } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { CROSS_SITE_MESSAGE, crossSiteRefusal } from '@/lib/http/same-origin';
import { PERSONAL_HEADERS } from '@/lib/personal-layer';
import { activeImportRun, startImport } from '@/lib/wordpress/background';
import { importMessages } from '@/lib/wordpress/messages';
import { storeUpload } from '@/lib/wordpress/upload';

// The admin screen's WordPress upload: the file is the request body itself (no multipart, no
// server action: those are held in memory and cut at 1 MB), streamed to data/imports/, then
// imported in the background. proxy.ts leaves this route out of its Origin matcher (a proxied body
// is buffered and cut at 10 MB), so the same-site check is made here, before anything is read.

const MAX_BYTES = 2 * 1024 ** 3;
const UPLOAD_DIR = path.resolve('data', 'imports');

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: PERSONAL_HEADERS });
}

async function admin(request: Request): Promise<{ userId: string } | Response> {
  if (crossSiteRefusal(request.headers, env().SITE_URL)) return answer(403, { message: CROSS_SITE_MESSAGE });
  const result = await requireCapability('administer');
  if (!result.ok) return answer(result === NOT_SIGNED_IN ? 401 : 403, { message: result.message });
  return { userId: result.user.id };
}

/** The export as the body (Content-Type application/xml or text/xml); its name in X-File-Name. */
export async function POST(request: Request) {
  const who = await admin(request);
  if (who instanceof Response) return who;
  if (activeImportRun()) return answer(409, { message: importMessages.busy });
  if (!request.body) return answer(400, { message: importMessages.noFile });
  const stored = await storeUpload(request.body, UPLOAD_DIR, MAX_BYTES);
  if (!stored.ok) {
    const refusal = {
      'not-xml': [415, importMessages.notXml],
      'not-wxr': [422, importMessages.notWxr],
      empty: [422, importMessages.empty],
      'too-large': [413, importMessages.tooLarge],
    } as const;
    const [status, message] = refusal[stored.reason];
    return answer(status, { message });
  }
  const runId = startImport({ file: stored.file, fileName: fileNameOf(request), bytes: stored.bytes, startedBy: who.userId });
  return answer(202, { runId });
}

/** A run's progress and, once done, its summary: GET /api/admin/import?run=<id>. */
export async function GET(request: Request) {
  const who = await admin(request);
  if (who instanceof Response) return who;
  const id = new URL(request.url).searchParams.get('run') ?? '';
  const run = /^[0-9a-f-]{36}$/.test(id) ? await getImportRun(id) : null;
  if (!run) return answer(404, { message: importMessages.notFound });
  return answer(200, { run });
}

function fileNameOf(request: Request): string {
  const raw = request.headers.get('x-file-name') ?? '';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // kept as sent
  }
  return path.basename(name).replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'export.xml';
}
