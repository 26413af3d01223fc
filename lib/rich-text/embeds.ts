/**
 * Links that become click-to-load embeds: YouTube videos and X (Twitter) posts. Shared by the editor
 * (turning a pasted or typed link into an embed node) and the server renderer (which rebuilds every
 * URL from the provider and id, never trusting the one the client sent). No DOM, no tiptap.
 */
export type EmbedProvider = 'youtube' | 'x';
export type EmbedRef = { provider: EmbedProvider; id: string; url: string };

export const embedProviders: readonly EmbedProvider[] = ['youtube', 'x'];

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const X_ID = /^\d{1,20}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

export function isEmbedId(provider: EmbedProvider, id: string): boolean {
  return provider === 'youtube' ? YOUTUBE_ID.test(id) : X_ID.test(id);
}

/** The canonical public link of an embed (what a reader without JavaScript follows). */
export function embedUrl(provider: EmbedProvider, id: string, user?: string): string {
  if (provider === 'youtube') return `https://www.youtube.com/watch?v=${id}`;
  return `https://x.com/${user && X_USER.test(user) ? user : 'i'}/status/${id}`;
}

/** The player a click loads: the privacy-enhanced host, which sets no cookie before playback. */
export function youtubePlayerUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
}

function youtubeId(url: URL): string | null {
  if (url.hostname === 'youtu.be') return url.pathname.split('/')[1] ?? null;
  if (!YOUTUBE_HOSTS.has(url.hostname)) return null;
  if (url.pathname === '/watch') return url.searchParams.get('v');
  const [, kind, id] = url.pathname.split('/');
  return kind === 'shorts' || kind === 'embed' || kind === 'live' ? (id ?? null) : null;
}

/** A YouTube or X link as an embed, or null for anything else (including a malformed id). */
export function parseEmbedUrl(input: string): EmbedRef | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return null;
  url.hostname = url.hostname.toLowerCase();

  const video = youtubeId(url);
  if (video !== null) return YOUTUBE_ID.test(video) ? { provider: 'youtube', id: video, url: embedUrl('youtube', video) } : null;

  if (X_HOSTS.has(url.hostname)) {
    const parts = url.pathname.split('/').filter(Boolean);
    // x.com/i/web/status/<id> is the form some apps share.
    if (parts[0] === 'i' && parts[1] === 'web') parts.splice(1, 1);
    const [user, status, id] = parts;
    if ((status === 'status' || status === 'statuses') && user && id && X_ID.test(id) && (user === 'i' || X_USER.test(user))) {
      return { provider: 'x', id, url: embedUrl('x', id, user) };
    }
  }
  return null;
}

/** The text of an embed's link: what a reader sees before (or without) loading it. */
export function embedLabel(provider: EmbedProvider): string {
  return provider === 'youtube' ? 'شاهد الفيديو على يوتيوب' : 'اقرأ المنشور على إكس';
}
