import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { clientAddressFrom } from './client-address';
import { env } from './env';

/** This request's client address (lib/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers(), env().TRUST_PROXY);
}

/** Stored instead of the address itself. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`khabar:${address}`).digest('hex').slice(0, 32);
}
