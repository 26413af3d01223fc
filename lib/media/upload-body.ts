import { z } from 'zod';
import { declaresTooLarge, MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_BYTES } from './limits';
import { mediaMessages } from './messages';

export type UploadForm = { ok: true; bytes: Buffer; name: string; alt: string };
export type UploadFormRefusal = { ok: false; status: 400 | 413 | 415; message: string };

const altField = z.string().trim().max(300, mediaMessages.altTooLong);

/**
 * The file and alt text of a multipart upload, counting bytes as they arrive: a declared length over
 * the limit is refused unread, a body that grows past it is cut off, and a body shorter than it said
 * (Next.js hands a route only the first part of a body its proxy cut short) is refused too, so a
 * 50 MB file can never pass as a truncated "success".
 */
export async function readUploadForm(request: Request): Promise<UploadForm | UploadFormRefusal> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) return refuse(415, mediaMessages.notMultipart);
  const declared = request.headers.get('content-length');
  if (declaresTooLarge(declared)) return refuse(413, mediaMessages.tooLarge);
  const body = await readAtMost(request, MAX_UPLOAD_BODY_BYTES);
  if (!body) return refuse(413, mediaMessages.tooLarge);
  if (declared && body.length !== Number(declared)) return refuse(413, mediaMessages.incomplete);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    return refuse(400, mediaMessages.noFile);
  }
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0) return refuse(400, mediaMessages.noFile);
  if (file.size > MAX_UPLOAD_BYTES) return refuse(413, mediaMessages.tooLarge);
  const alt = altField.safeParse(typeof form.get('alt') === 'string' ? form.get('alt') : '');
  if (!alt.success) return refuse(400, alt.error.issues[0]?.message ?? mediaMessages.altTooLong);
  const name = 'name' in file && typeof file.name === 'string' ? file.name : '';
  return { ok: true, bytes: Buffer.from(await file.arrayBuffer()), name, alt: alt.data };
}

/** The whole body, or null as soon as it passes `limit` bytes (the rest is never read). */
async function readAtMost(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function refuse(status: UploadFormRefusal['status'], message: string): UploadFormRefusal {
  return { ok: false, status, message };
}
