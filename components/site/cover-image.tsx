import type { ArticleCover } from '@/db/queries/articles';
import { imageAttributes } from '@/lib/media/variants';

type Props = {
  cover: ArticleCover;
  /** The width the picture takes at each viewport, so the browser picks the right variant. */
  sizes: string;
  /** 'priority' for the page's largest picture (its LCP): fetched first, never deferred. */
  load?: 'lazy' | 'priority';
  className?: string;
};

/**
 * A plain <img> with every variant in srcset: no next/image, no JavaScript. width/height carry the
 * picture's ratio so the browser reserves its box before a byte arrives (no layout shift).
 */
export function CoverImage({ cover, sizes, load = 'lazy', className }: Props) {
  const { src, srcSet, width, height } = imageAttributes(cover);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/media)
    <img
      className={className}
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={width}
      height={height}
      alt={cover.alt}
      decoding="async"
      loading={load === 'priority' ? 'eager' : 'lazy'}
      fetchPriority={load === 'priority' ? 'high' : undefined}
    />
  );
}

/** Where each kind of cover sits in the layout (app/globals.css): card grid, home lead, article column. */
export const coverSizes = {
  card: '(min-width: 600px) 380px, calc(100vw - 2rem)',
  lead: '(min-width: 960px) 730px, calc(100vw - 2rem)',
  article: '(min-width: 1232px) 832px, (min-width: 960px) calc(100vw - 400px), calc(100vw - 2rem)',
} as const;
