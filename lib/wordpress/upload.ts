import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
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
  const out = fs.createWriteStream(file);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let head = '';
  let bytes = 0;
  const refuse = async (reason: 'not-xml' | 'not-wxr' | 'too-large' | 'empty'): Promise<StoredUpload> => {
    await reader.cancel().catch(() => {});
    out.destroy();
    fs.rmSync(file, { force: true });
    return { ok: false, reason };
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) return refuse('too-large');
      if (head.length < HEAD_CHARS) {
        head += decoder.decode(value, { stream: true });
        const start = head.replace(/^\uFEFF/, '').trimStart();
        if (start && !start.startsWith('<')) return refuse('not-xml');
      }
      if (!out.write(value)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    fs.rmSync(file, { force: true });
    throw error;
  }
  if (!bytes) return refuse('empty');
  const kind = sniffWxr(head);
  if (kind !== 'wxr') {
    fs.rmSync(file, { force: true });
    return { ok: false, reason: kind };
  }
  return { ok: true, file, bytes };
}
