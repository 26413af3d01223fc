import Negotiator from 'negotiator';

// The custom server rewrites every request's Accept-Encoding to the one encoding it will get,
// "gzip" or "identity", before Next.js or the micro-cache sees it: the cached body for a key is
// then always in the encoding the key names, whatever the client sent ("deflate", "GZIP",
// "gzip;q=0", "br, deflate"…). Negotiator reads q-values and case as RFC 9110 says.

export type Encoding = 'gzip' | 'identity';

const known = new Map<string, Encoding>();

export function preferredEncoding(header: string | string[] | undefined): Encoding {
  const value = Array.isArray(header) ? header.join(', ') : (header ?? '');
  let encoding = known.get(value);
  if (!encoding) {
    const chosen = new Negotiator({ headers: { 'accept-encoding': value } }).encoding(['gzip', 'identity']);
    encoding = chosen === 'gzip' ? 'gzip' : 'identity';
    if (known.size < 256) known.set(value, encoding);
  }
  return encoding;
}
