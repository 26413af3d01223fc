import 'server-only';
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';

/** The client's address as the nearest proxy reports it (nginx sets X-Real-IP), else "local". */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get('x-real-ip') ?? h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
}

/** Stored instead of the address itself. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`khabar:${address}`).digest('hex').slice(0, 32);
}
