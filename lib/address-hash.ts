import { createHash } from 'node:crypto';

/** Stored instead of a client's address (comments, limits). No 'server-only': the import CLI hashes too. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`khabar:${address}`).digest('hex').slice(0, 32);
}
