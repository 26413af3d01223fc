import { YOUTUBE_EMBED_LOADER } from '@/lib/hydration/page-scripts';

/** Click-to-load for the body's YouTube embeds, as a constant inline script (no framework needed). */
export function EmbedLoader() {
  return <script dangerouslySetInnerHTML={{ __html: YOUTUBE_EMBED_LOADER }} />;
}
