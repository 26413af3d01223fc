import 'server-only';
import { headers } from 'next/headers';
import { clientAddressFrom } from './client-address';
import { env } from './env';

/** This request's client address (lib/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers(), env().TRUST_PROXY);
}

/** Stored instead of the address itself (lib/address-hash.ts, shared with the import CLI). */
export { hashAddress } from './address-hash';
