import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import sharp from 'sharp';
import type { DB } from '@/db/client';
import { articleMedia, articles, media, sections, type MediaVariant } from '@/db/schema';
import { articles as seedArticles } from '@/db/seed-data/articles';
import { slugify } from '@/lib/arabic/slugify';
import { COVER_ART_HEIGHT, COVER_ART_WIDTH, coverArtSvg, DESIGNS_PER_SECTION } from './cover-art';
import { encodeVariants, pictureId } from './encode';
import { mediaRoot, monthFolder, variantFile } from './paths';
import { folderOf, variantsOnDisk, writeVariants } from './store';
import { VARIANT_WIDTHS } from './variants';

// Covers for the seed articles, drawn at seed time (lib/media/cover-art.ts) and stored like an
// upload. Only seed articles without a cover that nobody has edited get one, so running the seed
// again changes nothing and never undoes an editor's choice. A design's id comes from its SVG, so a
// media folder that already holds it (a second e2e run, a restart) is reused without encoding.

const ART_VERSION = 'seed-cover-v1';

export type CoverReport = { articles: number; pictures: number; encoded: number };

export async function seedCovers(db: DB, options: { root?: string; now?: Date } = {}): Promise<CoverReport> {
  const root = options.root ?? mediaRoot();
  const order = new Map(seedArticles.map((a, i) => [slugify(a.title), i]));
  const bare = db
    .select({ id: articles.id, slug: articles.slug, section: sections.slug, sectionName: sections.name })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .where(and(inArray(articles.slug, [...order.keys()]), isNull(articles.coverMediaId), isNull(articles.updatedBy)))
    .all();
  if (!bare.length) return { articles: 0, pictures: 0, encoded: 0 };

  const designOf = (a: (typeof bare)[number]) => `${a.section}:${(order.get(a.slug) ?? 0) % DESIGNS_PER_SECTION}`;
  const designs = new Map<string, { section: string; design: number }>();
  for (const a of bare) designs.set(designOf(a), { section: a.section, design: (order.get(a.slug) ?? 0) % DESIGNS_PER_SECTION });

  const stored = new Map<string, string>();
  let encoded = 0;
  const folder = monthFolder(options.now ?? new Date());
  await inPairs([...designs], async ([key, { section, design }]) => {
    const svg = coverArtSvg(section, design);
    const id = pictureId(`${ART_VERSION}\n${svg}`);
    const known = db.select().from(media).where(eq(media.id, id)).get();
    if (known && (await variantsOnDisk(root, known.variants))) return void stored.set(key, id);
    let variants = await filesAlreadyThere(root, folder, id);
    if (!variants) {
      const picture = await encodeVariants(sharp(Buffer.from(svg)), { effort: 2 });
      variants = await writeVariants(root, (known && folderOf(known.variants)) || folder, id, picture.variants);
      encoded++;
    }
    const widest = variants[variants.length - 1]!;
    db.insert(media)
      .values({
        id,
        width: widest.w,
        height: widest.h,
        variants,
        bytes: variants.reduce((sum, v) => sum + v.bytes, 0),
        originalName: `${ART_VERSION}-${section}-${design}.svg`,
        mimeIn: 'image/svg+xml',
      })
      .onConflictDoNothing({ target: media.id })
      .run();
    stored.set(key, id);
  });

  db.transaction((tx) => {
    for (const a of bare) {
      const mediaId = stored.get(designOf(a))!;
      tx.update(articles)
        .set({ coverMediaId: mediaId, coverAlt: `رسم تجريدي بألوان قسم ${a.sectionName}` })
        .where(and(eq(articles.id, a.id), isNull(articles.coverMediaId)))
        .run();
      tx.insert(articleMedia).values({ articleId: a.id, mediaId }).onConflictDoNothing().run();
    }
  });
  return { articles: bare.length, pictures: designs.size, encoded };
}

/** A fresh database over a media folder that already holds this design (the next e2e run). */
async function filesAlreadyThere(root: string, folder: string, id: string): Promise<MediaVariant[] | null> {
  const widths = [...VARIANT_WIDTHS.filter((w) => w < COVER_ART_WIDTH), COVER_ART_WIDTH];
  const variants: MediaVariant[] = [];
  for (const w of widths) {
    const file = variantFile(folder, id, w);
    const size = await fs.stat(path.join(root, file)).then((s) => s.size, () => null);
    if (size === null) return null;
    variants.push({ w, h: Math.round((w * COVER_ART_HEIGHT) / COVER_ART_WIDTH), file, bytes: size });
  }
  return variants;
}

/** Two at a time: libvips threads each encode as well, and the seed must not take minutes on 2 cores. */
async function inPairs<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all([worker(), worker()]);
}
