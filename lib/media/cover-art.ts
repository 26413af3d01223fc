// Abstract cover art for the seed articles, drawn as SVG from a few numbers: a gradient in the
// section's colours with translucent shapes over it. No text (nothing to mistranslate or mirror),
// no shipped binaries; the project's own work, free to use like the rest of it.

export const COVER_ART_WIDTH = 1200;
export const COVER_ART_HEIGHT = 675;

/** Designs per section: the articles of a section take turns, so neighbouring cards differ. */
export const DESIGNS_PER_SECTION = 4;

const SECTION_HUES: Record<string, number> = {
  politics: 356,
  economy: 140,
  sports: 28,
  culture: 280,
  technology: 222,
  variety: 190,
};

export function sectionHue(sectionSlug: string): number {
  return SECTION_HUES[sectionSlug] ?? (hashOf(sectionSlug) % 360);
}

/** The same section and design number always draw the same picture (so its id never changes). */
export function coverArtSvg(sectionSlug: string, design: number): string {
  const random = mulberry32(hashOf(`${sectionSlug}:${design}`));
  const hue = sectionHue(sectionSlug);
  const near = (spread: number) => Math.round(hue + (random() - 0.5) * spread + 360) % 360;
  const [w, h] = [COVER_ART_WIDTH, COVER_ART_HEIGHT];
  const shapes: string[] = [];
  const kind = design % DESIGNS_PER_SECTION;
  for (let i = 0; i < 5; i++) {
    const x = Math.round(random() * w);
    const y = Math.round(random() * h);
    const size = Math.round(90 + random() * 260);
    const fill = `hsla(${near(80)},${60 + Math.round(random() * 30)}%,${55 + Math.round(random() * 30)}%,${(0.18 + random() * 0.3).toFixed(2)})`;
    if (kind === 0) shapes.push(`<circle cx="${x}" cy="${y}" r="${size}" fill="${fill}"/>`);
    else if (kind === 1) {
      const angle = Math.round(random() * 90);
      shapes.push(`<rect x="${x - size / 2}" y="${y - size / 2}" width="${size}" height="${size}" rx="${Math.round(size / 8)}" transform="rotate(${angle} ${x} ${y})" fill="${fill}"/>`);
    } else if (kind === 2) {
      const lift = Math.round(h * (0.35 + i * 0.13));
      shapes.push(`<path d="M0 ${lift} C ${w * 0.3} ${lift - size} ${w * 0.6} ${lift + size} ${w} ${lift - size / 3} V ${h} H 0 Z" fill="${fill}"/>`);
    } else {
      shapes.push(`<polygon points="${x},${y - size} ${x + size},${y + size * 0.7} ${x - size},${y + size * 0.7}" fill="${fill}"/>`);
    }
  }
  const angle = Math.round(random() * 360);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<defs><linearGradient id="g" gradientTransform="rotate(${angle} 0.5 0.5)">`,
    `<stop offset="0" stop-color="hsl(${near(30)},62%,22%)"/><stop offset="1" stop-color="hsl(${near(60)},70%,48%)"/>`,
    `</linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#g)"/>`,
    ...shapes,
    `</svg>`,
  ].join('');
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
