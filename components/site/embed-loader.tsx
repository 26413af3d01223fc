'use client';

import { useEffect } from 'react';
import { isEmbedId, youtubePlayerUrl } from '@/lib/rich-text/embeds';

const SELECTOR = '.article__body figure.embed[data-embed="youtube"] a';

/**
 * Click-to-load for YouTube embeds in an article body: until a reader clicks, an embed is a plain
 * link and nothing is requested from YouTube; the click swaps it for the privacy-enhanced player
 * (youtube-nocookie.com, allowed by the CSP's frame-src). Renders nothing itself.
 */
export function EmbedLoader() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.(SELECTOR);
      const figure = link?.closest('figure');
      const id = figure?.getAttribute('data-id') ?? '';
      if (!link || !figure || !isEmbedId('youtube', id)) return;
      event.preventDefault();
      const frame = document.createElement('iframe');
      frame.src = youtubePlayerUrl(id);
      frame.title = link.textContent?.trim() || 'فيديو من يوتيوب';
      frame.width = '560';
      frame.height = '315';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      link.replaceWith(frame);
      frame.focus();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
