import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { env } from './env';

/**
 * The client's address: X-Real-IP from our own reverse proxy when TRUST_PROXY is set (a client
 * could forge it otherwise), else one shared "direct" address for the embedded setup.
 */
export async function clientAddress(): Promise<string> {
  if (!env().TRUST_PROXY) return 'direct';
  const h = await headers();
  return h.get('x-real-ip') ?? h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'direct';
}

/** Stored instead of the address itself. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`khabar:${address}`).digest('hex').slice(0, 32);
}
