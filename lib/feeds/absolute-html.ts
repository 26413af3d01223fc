// A body's HTML read on another site: links and pictures on this site (`/media/…`, `/news/…`) become
// absolute. Bodies are serialized by the site's sanitizer (lib/rich-text/sanitize.ts), which always
// double-quotes attributes.

const URL_ATTRIBUTE = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;
const SRCSET = /(\ssrcset=")([^"]*)"/g;

export function absoluteHtml(html: string, siteUrl: string): string {
  const absolute = (path: string) => new URL(path, siteUrl).toString();
  return html
    .replace(URL_ATTRIBUTE, (_m, start: string, path: string) => `${start}${absolute(path)}"`)
    .replace(SRCSET, (_m, start: string, list: string) => {
      const candidates = list.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [url.startsWith('/') && !url.startsWith('//') ? absolute(url) : url, ...descriptor].join(' ');
      });
      return `${start}${candidates.join(', ')}"`;
    });
}
