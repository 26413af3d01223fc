import { enabledOAuthProviders } from './auth/oauth';

// The security headers of every response, in one place: next.config.ts sends them on what Next
// serves (so `next start` has them too), scripts/serve.ts on its own answers, and on HTML it
// replaces the script-src fallback with hashes of the page's own inline scripts
// (lib/server/inline-script-csp.ts), so no inline script but Next's own can run.

/** Where the OAuth sign-in buttons post to and are redirected: form-action must allow them. */
const OAUTH_ORIGINS: Record<string, string> = {
  github: 'https://github.com',
  google: 'https://accounts.google.com',
};

export type SecurityOptions = { siteUrl: string; oauthProviders: string[] };

/** The script-src of pages whose inline scripts were not hashed (a `next start` without serve.ts). */
export const FALLBACK_SCRIPT_SRC = "script-src 'self' 'unsafe-inline'";

export function contentSecurityPolicy({ siteUrl, oauthProviders }: SecurityOptions, scriptSrc = FALLBACK_SCRIPT_SRC): string {
  const formTargets = ["'self'", ...oauthProviders.map((p) => OAUTH_ORIGINS[p]).filter(Boolean)];
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Click-to-load YouTube embeds in article bodies (components/site/embed-loader.tsx); nothing else.
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets.join(' ')}`,
    // Nothing of Khabar is meant to be framed yet (embeds will get their own policy).
    "frame-ancestors 'none'",
    ...(isHttps(siteUrl) ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(isHttps(options.siteUrl) ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * What a reader page (lib/reader-pages.ts READER_PAGE_SOURCES) is sent instead of opener isolation
 * (`unsafe-none` is the browser's default). With `Cross-Origin-Opener-Policy` the browser moves a page
 * arriving from another context into a new browsing-context group, a process swap that cost 250–400 ms
 * of Lighthouse's mobile blocking time on every reader page (measured with and without the header,
 * same HTML). These pages show the same public HTML to everyone; the signed-in parts (admin, account,
 * sign-in) keep `same-origin`.
 */
export const READER_PAGE_HEADERS: Record<string, string> = { 'Cross-Origin-Opener-Policy': 'unsafe-none' };

export function isHttps(siteUrl: string): boolean {
  return siteUrl.startsWith('https://');
}

/** The options as this process's environment gives them. */
export function securityOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  return { siteUrl: env.SITE_URL || 'http://localhost:3000', oauthProviders: enabledOAuthProviders(env).map((p) => p.id) };
}
