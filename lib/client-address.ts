// Who is asking: the address the request came from, for rate limits and the moderation rules.
// No 'server-only' and no next/headers: scripts/serve.ts stamps the address on every request with
// this module, and the app reads it back with the same one (lib/request.ts, auth.ts).

/** Set by scripts/serve.ts on every request it hands to Next; any copy a client sent is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-khabar-client-address';

// A flag on the process, not in the environment: only the custom server can turn it on, so under
// `next start` a client that sends the header itself is not believed.
const STAMPED = Symbol.for('khabar.clientAddressStamped');
type Flagged = typeof globalThis & { [STAMPED]?: boolean };

/** Called once by the custom server: from now on every request carries CLIENT_ADDRESS_HEADER. */
export function announceStampedAddresses(): void {
  (globalThis as Flagged)[STAMPED] = true;
}

/** The address to stamp: our own proxy's X-Real-IP when trusted, else the socket's peer. */
export function peerAddress(socketAddress: string | undefined, realIp: string | undefined, trustProxy: boolean): string {
  const address = (trustProxy && realIp?.trim()) || socketAddress || 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

type HeaderReader = { get(name: string): string | null };

/**
 * The client's address as this request tells it: the stamp of scripts/serve.ts; under `next start`,
 * X-Real-IP when TRUST_PROXY says our own proxy sets it; otherwise one shared "direct" address
 * (`next start` alone cannot tell clients apart; `npm start` can).
 */
export function clientAddressFrom(headers: HeaderReader, trustProxy: boolean): string {
  if ((globalThis as Flagged)[STAMPED]) return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  if (trustProxy) return peerAddress(undefined, headers.get('x-real-ip') ?? undefined, true) || 'direct';
  return 'direct';
}

/** The key a rate limit counts an address under: an IPv6 client owns its whole /64. */
export function addressLimitKey(address: string): string {
  if (!address.includes(':')) return address;
  const groups = expandIPv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIPv6(address: string): string[] | null {
  const [head, tail, ...rest] = address.split('::');
  if (rest.length) return null;
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array(missing).fill('0'), ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
