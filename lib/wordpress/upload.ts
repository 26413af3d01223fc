import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sniffWxr } from './wxr-reader';

// An export uploaded from the admin screen, streamed to disk as it arrives (a WordPress export
// can be hundreds of megabytes: never held in memory). What is not XML is refused at its first
// bytes; what is XML but not a WordPress export, once its head has arrived.

export type StoredUpload = { ok: true; file: string; bytes: number } | { ok: false; reason: 'empty' | 'not-xml' | 'not-wxr' | 'too-large' };

const HEAD_CHARS = 64 * 1024;

export async function storeUpload(body: ReadableStream<Uint8Array>, dir: string, maxBytes: number): Promise<StoredUpload> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.xml`);
  const out = await fs.promises.open(file, 'w');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let head = '';
  let bytes = 0;
  let refusal: 'not-xml' | 'not-wxr' | 'too-large' | 'empty' | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) refusal = 'too-large';
      else if (head.length < HEAD_CHARS) {
        head += decoder.decode(value, { stream: true });
        const start = head.replace(/^\uFEFF/, '').trimStart();
        if (start && !start.startsWith('<')) refusal = 'not-xml';
      }
      if (refusal) {
        await reader.cancel().catch(() => {});
        break;
      }
      await out.write(value);
    }
  } catch (error) {
    // The upload broke off (the browser went away): nothing half-written stays behind.
    await out.close();
    fs.rmSync(file, { force: true });
    throw error;
  }
  await out.close();
  if (!refusal && !bytes) refusal = 'empty';
  if (!refusal) {
    const kind = sniffWxr(head);
    if (kind !== 'wxr') refusal = kind;
  }
  if (refusal) {
    fs.rmSync(file, { force: true });
    return { ok: false, reason: refusal };
  }
  return { ok: true, file, bytes };
}
