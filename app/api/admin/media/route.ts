import { NOT_SIGNED_IN, requireCapability } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { CROSS_SITE_MESSAGE, crossSiteRefusal } from '@/lib/http/same-origin';
import { ingestUpload } from '@/lib/media/ingest';
import { mediaMessages } from '@/lib/media/messages';
import { readUploadForm } from '@/lib/media/upload-body';
import { imageAttributes } from '@/lib/media/variants';
import { PERSONAL_HEADERS } from '@/lib/personal-layer';

/**
 * Uploads a picture (multipart field `file`, optional `alt`): 201 { id, width, height, src, srcSet, alt },
 * or { message } in Arabic with 401/403/413/415/422/400. Who may upload is asked of the database
 * before a byte of the body is read.
 */
export async function POST(request: Request) {
  if (crossSiteRefusal(request.headers, env().SITE_URL)) return answer(403, { message: CROSS_SITE_MESSAGE });
  const who = await requireCapability('write');
  if (!who.ok) {
    if (who === NOT_SIGNED_IN) return answer(401, { message: mediaMessages.notSignedIn });
    return answer(403, { message: mediaMessages.forbidden });
  }
  const form = await readUploadForm(request);
  if (!form.ok) return answer(form.status, { message: form.message });
  const stored = await ingestUpload({ bytes: form.bytes, originalName: form.name, alt: form.alt, uploadedBy: who.user.id });
  if (!stored.ok) return answer(stored.status, { message: stored.message });
  const { id, width, height, alt } = stored.media;
  const { src, srcSet } = imageAttributes(stored.media);
  return answer(201, { id, width, height, src, srcSet, alt });
}

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: PERSONAL_HEADERS });
}
