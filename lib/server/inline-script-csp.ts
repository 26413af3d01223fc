import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { chunkBuffer, headerEntries } from './write-head';

// Next.js writes its bootstrap and the page's RSC payload as inline <script>s. A nonce would force
// every page to render per request; instead the custom server holds an HTML response until its
// last byte, hashes each inline script and names exactly those hashes in the page's
// Content-Security-Policy. The hashes are part of the cached response, so a cached page stays
// cached. e2e/security-headers.spec.ts fails if a Next.js upgrade emits a script this misses.

// An inline script's text runs to the first "</script" (the HTML tokenizer's rule).
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const NOT_JAVASCRIPT = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module)[^"'\s>]+/i;

/** 'sha256-…' sources for the inline scripts of the page a browser would run, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NOT_JAVASCRIPT.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The policy with its script-src naming the site's own files and these inline scripts only. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  const scriptSrc = ["script-src 'self'", ...hashes].join(' ');
  return policy
    .split(/;\s*/)
    .map((directive) => (directive.startsWith('script-src') ? scriptSrc : directive))
    .join('; ');
}

/**
 * Holds an HTML response (whatever writes it: Next's writeHead, flushHeaders, write, end) until it
 * ends, then sends it with `policy` plus the hashes of its inline scripts. Other responses pass.
 * `transform` may rewrite the held page first (deferred hydration); its scripts are hashed after.
 */
export function hashInlineScripts(res: ServerResponse, policy: string, transform?: (html: string) => string): void {
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  const held: Buffer[] = [];
  const decide = () => {
    if (mode === 'undecided') mode = /^text\/html/i.test(String(res.getHeader('content-type') ?? '')) ? 'hold' : 'pass';
    return mode;
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    for (const [name, value] of headerEntries(typeof rest[0] === 'string' ? rest[1] : rest[0])) res.setHeader(name, value);
    res.statusCode = status;
    if (message) res.statusMessage = message;
    return decide() === 'pass' ? writeHead(status) : res;
  }) as ServerResponse['writeHead'];
  res.flushHeaders = () => {
    if (decide() === 'pass') flushHeaders();
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide() === 'pass') return write(chunk, ...rest);
    const data = chunkBuffer(chunk, rest[0]);
    if (data) held.push(data);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (decide() === 'pass') return end(chunk, ...rest);
    const last = chunkBuffer(chunk, rest[0]);
    if (last) held.push(last);
    const html = transform ? transform(Buffer.concat(held).toString('utf8')) : Buffer.concat(held).toString('utf8');
    const body = Buffer.from(html, 'utf8');
    res.setHeader('content-security-policy', withScriptHashes(policy, inlineScriptHashes(html)));
    if (res.getHeader('content-length') !== undefined) res.setHeader('content-length', body.length);
    writeHead(res.statusCode);
    const callback = [chunk, ...rest].find((r) => typeof r === 'function');
    return callback ? end(body, callback) : end(body);
  }) as ServerResponse['end'];
}
