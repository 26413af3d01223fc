import { RateLimiterMemory } from 'rate-limiter-flexible';
import { addressLimitKey } from '@/lib/client-address';

// How often reset links may be asked for (in this process's memory, like lib/auth/attempt-limits.ts):
// one client address 10 an hour, whatever emails it types; one email 3 an hour, so nobody can fill a
// stranger's inbox. Over either, the answer stays the same words and no mail is sent.

type Limits = { address: RateLimiterMemory; email: RateLimiterMemory };

const HOUR_S = 60 * 60;
const KEY = Symbol.for('khabar.resetLimits');
type WithLimits = typeof globalThis & { [KEY]?: Limits };

function limits(): Limits {
  const g = globalThis as WithLimits;
  g[KEY] ??= {
    address: new RateLimiterMemory({ keyPrefix: 'reset-address', points: 10, duration: HOUR_S }),
    email: new RateLimiterMemory({ keyPrefix: 'reset-email', points: 3, duration: HOUR_S }),
  };
  return g[KEY];
}

const allowed = (limiter: RateLimiterMemory, key: string) =>
  limiter.consume(key).then(
    () => true,
    () => false,
  );

/** 'address': this client asked too often (it is told to wait); 'email': this email is mailed no more this hour (nothing is said). */
export async function resetRequestLimit(address: string, email: string): Promise<'ok' | 'address' | 'email'> {
  if (!(await allowed(limits().address, addressLimitKey(address)))) return 'address';
  if (!(await allowed(limits().email, email))) return 'email';
  return 'ok';
}
