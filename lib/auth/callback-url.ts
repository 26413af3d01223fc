// Where a browser may be sent after signing in, up or out: a path on this site, whatever the
// encoding. Browsers drop tabs and newlines from URLs and read "\" as "/", and dot segments and
// escapes are resolved at different stages by different parsers, so the text is resolved the way
// a browser would against a placeholder origin, and anything that leaves that origin, before or
// after decoding, becomes the home page. No dependencies: auth.config.ts (edge-safe) uses it too.

const PLACEHOLDER = 'http://khabar.invalid';
const MAX_LENGTH = 2048;
const HOME = '/';

/** A path (with query and fragment) on this site, or "/" when `raw` is anything else. */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return HOME;
  if (!raw.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(raw)) return HOME;
  const first = resolve(raw);
  if (!first) return HOME;
  const path = first.pathname.replace(/^\/+/, '/');
  if (!isPlainPath(path)) return HOME;
  const result = `${path}${first.search}${first.hash}`;
  // Once more, as the browser will read what we send.
  const again = resolve(result);
  return again && `${again.pathname}${again.search}${again.hash}` === result ? result : HOME;
}

/** Same-origin absolute URLs (Auth.js hands those to its redirect callback) become their path. */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  let path = url;
  if (!url.startsWith('/')) {
    try {
      const parsed = new URL(url);
      if (parsed.origin !== new URL(baseUrl).origin) return `${baseUrl}${HOME}`;
      path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    } catch {
      return `${baseUrl}${HOME}`;
    }
  }
  const safe = safeCallbackPath(path);
  return `${baseUrl.replace(/\/+$/, '')}${safe}`;
}

function resolve(path: string): URL | null {
  try {
    const url = new URL(path, PLACEHOLDER);
    return url.origin === PLACEHOLDER ? url : null;
  } catch {
    return null;
  }
}

/** Decoded as often as anything downstream might decode it, the path stays one plain path. */
function isPlainPath(path: string): boolean {
  let decoded = path;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return false;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith('//')) return false;
  return !decoded.split('/').some((segment) => segment === '.' || segment === '..');
}
