import type { IncomingHttpHeaders } from 'node:http';

// The request headers by which Next.js's App Router client marks its own requests. Next answers a
// marked request at the page's own URL with something else than the page's HTML (an RSC payload, a
// prefetch, a server action's result), so no cache and no per-page step may take it for a page load.
// Named once here, as Next 16 spells them in next/dist/client/components/app-router-headers.js;
// tests/unit/next-request-markers.test.ts fails if Next renames one, and if deploy/nginx/khabar.conf
// stops keying its cache on them.

export const NEXT_MARKERS = {
  /** RSC_HEADER: a client-side navigation or prefetch, answered with the RSC payload. */
  rsc: 'rsc',
  /** ACTION_HEADER: a server action called from JavaScript (always a POST). */
  action: 'next-action',
  /** NEXT_ROUTER_PREFETCH_HEADER */
  prefetch: 'next-router-prefetch',
  /** NEXT_ROUTER_SEGMENT_PREFETCH_HEADER: one segment's prefetch (sent with `rsc` and `prefetch`). */
  segmentPrefetch: 'next-router-segment-prefetch',
  /** NEXT_ROUTER_STATE_TREE_HEADER: the router's state, sent with every RSC request. */
  stateTree: 'next-router-state-tree',
  /** NEXT_URL: the page a navigation starts from (intercepting routes). */
  url: 'next-url',
} as const;

export type NextMarker = (typeof NEXT_MARKERS)[keyof typeof NEXT_MARKERS];

/** The markers whose request never gets the page a browser loading that URL gets. */
export const FRAMEWORK_MARKERS: readonly NextMarker[] = [
  NEXT_MARKERS.rsc,
  NEXT_MARKERS.action,
  NEXT_MARKERS.prefetch,
  NEXT_MARKERS.stateTree,
];

/** The browsers' own prefetch headers (`<link rel=prefetch>`, speculation rules), not Next's. */
export const BROWSER_PREFETCH_HEADERS = ['purpose', 'sec-purpose'] as const;

type Headers = IncomingHttpHeaders;

const carriesAny = (headers: Headers, names: readonly string[]) => names.some((name) => headers[name] !== undefined);

/** Any of Next's markers of its own requests (FRAMEWORK_MARKERS), whatever their value. */
export function isFrameworkRequest(headers: Headers): boolean {
  return carriesAny(headers, FRAMEWORK_MARKERS);
}

/** A client-side navigation or prefetch asking for the RSC payload. */
export function isRscRequest(headers: Headers): boolean {
  return headers[NEXT_MARKERS.rsc] !== undefined;
}

/** A prefetch, by Next's router or by the browser itself: nobody may be looking at the answer. */
export function isPrefetch(headers: Headers): boolean {
  return carriesAny(headers, [NEXT_MARKERS.prefetch, ...BROWSER_PREFETCH_HEADERS]);
}
