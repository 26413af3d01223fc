import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeUpload } from '@/lib/wordpress/upload';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-upload-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A request body arriving in pieces, counting how many pieces were pulled. */
function body(chunks: (string | Uint8Array)[]) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(typeof next === 'string' ? new TextEncoder().encode(next) : next);
    },
  });
  return { stream, pulled: () => pulled };
}

const sample = fs.readFileSync('docs/samples/wordpress-sample.xml');

describe('the admin upload', () => {
  it('streams a WordPress export to disk whole, whatever its pieces', async () => {
    const pieces = Array.from({ length: Math.ceil(sample.length / 1000) }, (_, i) => sample.subarray(i * 1000, (i + 1) * 1000));
    const stored = await storeUpload(body(pieces).stream, dir, 10_000_000);
    expect(stored.ok).toBe(true);
    if (stored.ok) expect(fs.readFileSync(stored.file).equals(sample)).toBe(true);
  });

  it('refuses what is not XML at its first piece, reading no further and keeping nothing', async () => {
    const upload = body(['\u0089PNG\r\n\u001a\n', 'more', 'and more']);
    expect(await storeUpload(upload.stream, dir, 10_000_000)).toEqual({ ok: false, reason: 'not-xml' });
    expect(upload.pulled()).toBeLessThanOrEqual(2);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.xml'))).toHaveLength(1);
  });

  it('refuses XML that is not a WordPress export, an empty body and one over the limit', async () => {
    expect(await storeUpload(body(['<!DOCTYPE html><html><body>502</body></html>']).stream, dir, 10_000_000)).toEqual({ ok: false, reason: 'not-wxr' });
    expect(await storeUpload(body([]).stream, dir, 10_000_000)).toEqual({ ok: false, reason: 'empty' });
    expect(await storeUpload(body([sample]).stream, dir, 1000)).toEqual({ ok: false, reason: 'too-large' });
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });
});
