import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { BRAND_IMAGES } from '@/lib/brand';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';

// Draws the raster pictures of lib/brand.ts from app/icon.svg into public/brand/, from the project's
// root (`npm run brand:images`). They are committed: run it again only when the icon changes. Text is
// set by librsvg with a system Arabic face (DejaVu Sans here): look at the result before committing.

const root = process.cwd();
const icon = fs.readFileSync(path.join(root, 'app/icon.svg'));
const out = (p: string) => path.join(root, 'public', p);

const share = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#b3121f"/>
  <text x="600" y="330" font-family="DejaVu Sans, sans-serif" font-size="200" font-weight="700" fill="#fff" text-anchor="middle" direction="rtl">${SITE_NAME}</text>
  <text x="600" y="450" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#fff" text-anchor="middle" direction="rtl">${SITE_DESCRIPTION}</text>
</svg>`;

async function main() {
  fs.mkdirSync(out('brand'), { recursive: true });
  for (const { path: file, width } of [BRAND_IMAGES.logo, BRAND_IMAGES.feedIcon]) {
    await sharp(icon, { density: (72 * width) / 64 }).resize(width, width).png({ compressionLevel: 9 }).toFile(out(file));
  }
  await sharp(Buffer.from(share)).png({ compressionLevel: 9 }).toFile(out(BRAND_IMAGES.share.path));
  console.log('public/brand/: logo-512.png, logo-144.png, share-1200x630.png');
}

void main();
