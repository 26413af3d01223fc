import type { NextConfig } from 'next';
import { MAX_UPLOAD_BODY_BYTES } from './lib/media/limits';
import { READER_PAGE_SOURCES } from './lib/reader-pages';
import { READER_PAGE_HEADERS, securityHeaders, securityOptionsFromEnv } from './lib/security-headers';

const nextConfig: NextConfig = {
  // A separate output folder lets the e2e build (throwaway database) sit beside the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  cacheComponents: true,
  // Off on purpose: pages await their params outside <Suspense> so an unknown article answers a real
  // 404 and a stale slug a real 308 before any HTML is sent; each URL is then cached whole.
  partialPrefetching: false,
  cacheLife: {
    // Pages every anonymous reader shares: tag revalidation makes writes visible at once;
    // the time-based refresh only bounds how stale a missed tag could leave a page.
    page: { stale: 60, revalidate: 300, expire: 86400 },
  },
  experimental: {
    // forbidden() and app/(admin)/forbidden.tsx: the admin area answers commenters with a 403 page.
    authInterrupts: true,
    // Pages rendered on demand stay in the bounded in-memory LRU: a crawler inventing slugs must
    // not be able to fill the disk (or hit ENAMETOOLONG) with cache files.
    isrFlushToDisk: false,
    // proxy.ts sees every browser POST, and Next hands the route only the first part of a longer body
    // (10 MB by default), silently, cut a few KB short of the limit. A MB above the upload limit: a body
    // cut here is still longer than any the route accepts, so lib/media/upload-body.ts refuses it (413)
    // instead of reading half a form, with or without a Content-Length.
    proxyClientMaxBodySize: MAX_UPLOAD_BODY_BYTES + 1024 * 1024,
    // The article form carries the body (TipTap JSON): up to 2 MB is accepted, and a larger body must
    // still reach the action so zod refuses it in Arabic (413) instead of Next's own error.
    serverActions: { bodySizeLimit: '4mb' },
  },
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // scripts/serve.ts compresses instead, after hashing each page's inline scripts into its CSP.
  compress: false,
  async headers() {
    const headers = Object.entries(securityHeaders(securityOptionsFromEnv())).map(([key, value]) => ({ key, value }));
    // Later entries override earlier ones for the same header (Next's documented order).
    const readerHeaders = Object.entries(READER_PAGE_HEADERS).map(([key, value]) => ({ key, value }));
    return [{ source: '/:path*', headers }, ...READER_PAGE_SOURCES.map((source) => ({ source, headers: readerHeaders }))];
  },
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/section/:slug',
          has: [{ type: 'query', key: 'page', value: '(?<page>[1-9][0-9]{0,5})' }],
          destination: '/section/:slug/page/:page',
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
