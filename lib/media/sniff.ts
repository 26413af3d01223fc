// What a file is, by its first bytes (never by its name or the browser's word): only the formats a
// newsroom uploads and libvips decodes safely. SVG (scriptable), HTML, TIFF, HEIC: none of these.

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';

export function sniffFormat(bytes: Uint8Array): PictureFormat | null {
  if (bytes.length < 16) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && ftypBrands(bytes).some((b) => b === 'avif' || b === 'avis')) return 'avif';
  return null;
}

/** How sharp's metadata() names each format (AVIF is HEIF with AV1 inside). */
export function sharpAgrees(format: PictureFormat, meta: { format?: string; compression?: string }): boolean {
  if (format === 'avif') return meta.format === 'heif' && meta.compression === 'av1';
  return meta.format === format;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The major brand and the compatible brands of an ISO-BMFF file's first box. */
function ftypBrands(bytes: Uint8Array): string[] {
  const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}
