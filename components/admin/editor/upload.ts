import { editorText } from './messages';

/** What POST /api/admin/media answers with 201. */
export type UploadedPicture = { id: string; width: number; height: number; src: string; srcSet: string; alt: string };
export type UploadResult = { ok: true; picture: UploadedPicture } | { ok: false; message: string };

function isPicture(value: unknown): value is UploadedPicture {
  const v = value as Partial<UploadedPicture> | null;
  return !!v && typeof v.id === 'string' && typeof v.src === 'string' && typeof v.width === 'number' && typeof v.height === 'number';
}

/** Uploads one picture (multipart field `file`); an error carries the server's Arabic message. */
export async function uploadPicture(file: File, uploadUrl: string): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(uploadUrl, { method: 'POST', body: form, headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, message: editorText.uploadFailed };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isPicture(body)) return { ok: true, picture: { ...body, alt: typeof body.alt === 'string' ? body.alt : '' } };
  const message = (body as { message?: unknown } | null)?.message;
  return { ok: false, message: typeof message === 'string' && message ? message : editorText.uploadFailed };
}
