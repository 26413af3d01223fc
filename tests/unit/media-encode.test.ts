import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeUpload, pictureId } from '@/lib/media/encode';
import { mediaMessages } from '@/lib/media/messages';
import { sniffFormat } from '@/lib/media/sniff';
import { htmlNamedJpg, jpeg, pngHeaderOnly, svgWithScript } from './media-fixtures';

describe('encodeUpload: what is refused', () => {
  it('refuses a text file whatever its name says (415)', async () => {
    expect(await encodeUpload(htmlNamedJpg)).toEqual({ ok: false, status: 415, message: mediaMessages.notImage });
  });

  it('refuses an SVG, script or not (415)', async () => {
    expect(sniffFormat(svgWithScript)).toBeNull();
    expect(await encodeUpload(svgWithScript)).toMatchObject({ ok: false, status: 415 });
  });

  it('refuses a truncated JPEG (422)', async () => {
    const whole = await jpeg(900, 600, (s) => s.jpeg({ quality: 95 }));
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect(await encodeUpload(cut)).toEqual({ ok: false, status: 422, message: mediaMessages.unreadable });
  });

  it('refuses a 10000×10000 PNG before decoding it (pixel limit, 422)', async () => {
    const bomb = pngHeaderOnly(10_000, 10_000);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await encodeUpload(bomb)).toEqual({ ok: false, status: 422, message: mediaMessages.tooManyPixels });
  });

  it('refuses TIFF, which libvips reads but the newsroom does not need (415)', async () => {
    const tiff = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#888' } }).tiff().toBuffer();
    expect(await encodeUpload(tiff)).toMatchObject({ ok: false, status: 415 });
  });
});

describe('encodeUpload: what comes out', () => {
  it('makes the WebP widths narrower than the picture, the widest capped at 1600', async () => {
    const result = await encodeUpload(await jpeg(2000, 1000));
    if (!result.ok) throw new Error(result.message);
    const { picture } = result;
    expect(picture.variants.map((v) => [v.w, v.h])).toEqual([[480, 240], [800, 400], [1200, 600], [1600, 800]]);
    expect([picture.width, picture.height]).toEqual([1600, 800]);
    for (const v of picture.variants) {
      const meta = await sharp(v.data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', v.w, v.h]);
    }
  });

  it('never enlarges: a 300 px picture gets one 300 px variant', async () => {
    const result = await encodeUpload(await jpeg(300, 200));
    expect(result.ok && result.picture.variants.map((v) => [v.w, v.h])).toEqual([[300, 200]]);
  });

  it('strips EXIF and GPS (camera, serial, position)', async () => {
    const tagged = await jpeg(1000, 700, (s) =>
      s.withExif({
        IFD0: { Make: 'KhabarCam', Model: 'SecretModel-42', Copyright: 'Someone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '35/1 30/1 0/1' },
      }),
    );
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    expect(tagged.includes('SecretModel-42')).toBe(true);
    const result = await encodeUpload(tagged);
    if (!result.ok) throw new Error(result.message);
    for (const v of result.picture.variants) {
      const meta = await sharp(v.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(v.data.includes('SecretModel-42')).toBe(false);
      expect(v.data.includes('KhabarCam')).toBe(false);
    }
  });

  it('turns a phone photo upright by its EXIF orientation', async () => {
    const sideways = await jpeg(400, 300, (s) => s.withMetadata({ orientation: 6 }));
    const result = await encodeUpload(sideways);
    if (!result.ok) throw new Error(result.message);
    expect(result.picture.variants.map((v) => [v.w, v.h])).toEqual([[300, 400]]);
    expect((await sharp(result.picture.variants[0]!.data).metadata()).orientation).toBeUndefined();
  });

  it('accepts PNG (with alpha), WebP, GIF and AVIF by their bytes', async () => {
    const base = () => sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } });
    for (const [format, bytes] of [
      ['png', await base().png().toBuffer()],
      ['webp', await base().webp().toBuffer()],
      ['gif', await base().gif().toBuffer()],
      ['avif', await base().avif({ effort: 0 }).toBuffer()],
    ] as const) {
      const result = await encodeUpload(bytes);
      expect(result.ok && [result.picture.format, result.picture.width]).toEqual([format, 64]);
    }
  });

  it('names a picture by its bytes: the same file gives the same id, another file another', async () => {
    const a = await jpeg(600, 400);
    const b = await jpeg(600, 401);
    const [first, again, other] = await Promise.all([encodeUpload(a), encodeUpload(Buffer.from(a)), encodeUpload(b)]);
    expect(first.ok && first.picture.id).toBe(pictureId(a));
    expect(again.ok && again.picture.id).toBe(pictureId(a));
    expect(other.ok && other.picture.id).not.toBe(pictureId(a));
    expect(pictureId(a)).toMatch(/^[0-9a-f]{16}$/);
  });
});
