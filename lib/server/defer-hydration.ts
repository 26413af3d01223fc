import type { IncomingMessage } from 'node:http';
import { HYDRATION_DATA_ID, HYDRATION_LOADER, PAGE_SCRIPTS } from '@/lib/hydration/page-scripts';
import { READER_PAGE_URL } from '@/lib/reader-pages';
import { isFrameworkRequest } from './next-request-markers';

// Reader pages arrive with no framework script that runs at load (issue 11). Next 16 writes, for an
// App Router page: async <script src="/_next/static/chunks/…"> tags (the bootstrap with id="_R_"),
// a low-priority preload of the bootstrap, Turbopack's chunk-group push and the RSC payload as
// self.__next_f.push(…) inline scripts. This moves all of them into one JSON data block that
// HYDRATION_LOADER replays when the reader needs the framework. It recognises Next's output by its
// exact shapes (pinned against Next's own source in tests/unit/next-output-pins.test.ts) and
// leaves a page it does not fully understand as it is, naming what it did not know.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const CHUNK = /^ src="(\/_next\/static\/[\w./-]+\.js)"(?: id="(_R_)")? async=""$/;
const POLYFILL = /^ src="\/_next\/static\/[\w./-]+\.js" noModule=""$/;
const JSON_LD = /^ type="application\/ld\+json"$/;
const OWN_DATA = ` type="application/json" id="${HYDRATION_DATA_ID}"`;
const TURBOPACK = /^\(globalThis\[("\w+")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\((\{[\s\S]*\})\);$/;
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_CHUNK = /^self\.__next_f\.push\((\[[13],[\s\S]*\])\)$/;
// React's inline runtime for Suspense boundaries that finish after the shell: DOM work, not the framework.
const SUSPENSE_RUNTIME = /^(?:\$R[A-Z]+\b|requestAnimationFrame\()/;
const BOOTSTRAP_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[\w./-]+\.js"\/>/g;
const ERROR_TEMPLATE = /<template data-dgst=/;
const OWN_SCRIPT_ATTRIBUTES = /^(?: data-[a-z-]+="[\w-]*")*$/;

export type Deferred = { html: string; deferred: boolean; unknown: string[] };

/** The page with Next's scripts made inert and HYDRATION_LOADER added, or as it was (and why). */
export function deferHydration(html: string): Deferred {
  // A page whose rendering failed or was cut short by notFound() (a 404 inside a streamed page) ships
  // an error template and leaves the fallback for React to render in the browser: it needs the framework.
  if (ERROR_TEMPLATE.test(html)) return { html, deferred: false, unknown: [] };
  const unknown: string[] = [];
  const scripts: { src: string; id?: string }[] = [];
  const flight: string[] = [];
  let turbopack: { name: string; params: string } | null = null;

  const rest = html.replace(SCRIPT, (tag, attributes: string, text: string) => {
    const chunk = CHUNK.exec(attributes);
    if (chunk) {
      scripts.push(chunk[2] ? { src: chunk[1]!, id: chunk[2] } : { src: chunk[1]! });
      return '';
    }
    if (POLYFILL.test(attributes) || JSON_LD.test(attributes) || attributes === OWN_DATA) return tag;
    if (attributes === '' || OWN_SCRIPT_ATTRIBUTES.test(attributes)) {
      if (text === FLIGHT_START && flight.length === 0) {
        flight.push('[0]');
        return '';
      }
      const data = FLIGHT_CHUNK.exec(text);
      if (data && flight.length > 0) {
        flight.push(data[1]!);
        return '';
      }
      const group = TURBOPACK.exec(text);
      if (group && !turbopack) {
        turbopack = { name: group[1]!, params: group[2]! };
        return '';
      }
      if (SUSPENSE_RUNTIME.test(text) || PAGE_SCRIPTS.includes(text)) return tag;
    }
    unknown.push(tag.slice(0, 120));
    return tag;
  });

  if (!turbopack || flight.length === 0 || scripts.length === 0) {
    if (scripts.length > 0 || flight.length > 0) unknown.push('no complete bootstrap (chunks, Turbopack push and payload)');
    return { html, deferred: false, unknown };
  }
  const { name, params } = turbopack as { name: string; params: string };
  // Next escapes <, >, & in every argument (htmlEscapeJsonString), so the block cannot close early.
  const data = `{"scripts":${JSON.stringify(scripts)},"turbopack":{"name":${name},"params":${params}},"flight":[${flight.join(',')}]}`;
  if (/[<>]/.test(data)) unknown.push('unescaped < or > in the payload');
  else if (!isJson(data)) unknown.push('payload is not JSON');
  const inert = rest.replace(BOOTSTRAP_PRELOAD, '');
  const end = inert.lastIndexOf('</body>');
  if (end < 0) unknown.push('no </body>');
  if (unknown.length > 0) return { html, deferred: false, unknown };

  const tail = `<script type="application/json" id="${HYDRATION_DATA_ID}">${data}</script><script>${HYDRATION_LOADER}</script>`;
  return { html: inert.slice(0, end) + tail + inert.slice(end), deferred: true, unknown };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether this request's HTML gets deferred hydration: a reader page's document, not an RSC fetch. */
export function isReaderPageRequest(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (isFrameworkRequest(req.headers)) return false;
  return READER_PAGE_URL.test(req.url ?? '');
}
