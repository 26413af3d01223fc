import { articles as seed } from '@/db/seed-data/articles';
import { renderBody, type BodyPicture } from '@/lib/rich-text/render';
import { sanitizeBody } from '@/lib/rich-text/sanitize';

const paragraphs = seed.flatMap((a) => a.paragraphs);
const pictures = new Map<string, BodyPicture>();
const content: object[] = [];
for (let i = 0; i < 8; i++) {
  const id = `${i}123456789abcdef`.slice(0, 16);
  pictures.set(id, { width: 1600, height: 1060, variants: [480, 800, 1200, 1600].map((w) => ({ w, h: Math.round(w * 0.66), file: `2026/12/${id}-${w}.webp`, bytes: 1 })) });
}
let i = 0;
while (content.length < 100) {
  const text = paragraphs[i++ % paragraphs.length]!;
  const n = content.length;
  if (n % 6 === 5) content.push({ type: 'figure', attrs: { mediaId: [...pictures.keys()][((n / 6) | 0) % 8], alt: 'صورة من الجلسة' }, content: [{ type: 'text', text: 'تعليق على الصورة' }] });
  else if (n % 15 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: text.slice(0, 40) }] });
  else content.push({ type: 'paragraph', content: [{ type: 'text', text: text.slice(0, 160) }, { type: 'text', text: ' مهم ', marks: [{ type: 'bold' }] }, { type: 'text', text: text.slice(160, 300) }] });
  const probe = renderBody(JSON.stringify({ type: 'doc', content }), pictures);
  if (probe.ok && Buffer.byteLength(probe.html) >= 27_000) break;
}
const json = JSON.stringify({ type: 'doc', content });
const first = performance.now();
const r = renderBody(json, pictures);
const firstMs = performance.now() - first;
if (!r.ok) throw new Error('refused');
const times: number[] = [];
for (let k = 0; k < 50; k++) { const t = performance.now(); renderBody(json, pictures); times.push(performance.now() - t); }
const san: number[] = [];
for (let k = 0; k < 50; k++) { const t = performance.now(); sanitizeBody(r.html); san.push(performance.now() - t); }
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(JSON.stringify({ blocks: content.length, jsonBytes: Buffer.byteLength(json), htmlBytes: Buffer.byteLength(r.html), firstMs: +firstMs.toFixed(1), renderPlusSanitizeMeanMs: +mean(times).toFixed(2), min: +Math.min(...times).toFixed(2), max: +Math.max(...times).toFixed(2), sanitizeOnlyMeanMs: +mean(san).toFixed(2) }));
