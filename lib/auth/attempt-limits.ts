import { RateLimiterMemory } from 'rate-limiter-flexible';
import { addressLimitKey } from '@/lib/client-address';
import { env } from '@/lib/env';
import { verifyAgainstDummy, verifyPassword } from './password';

// How many sign-in and sign-up attempts a client gets (rate-limiter-flexible, in this process's
// memory; one server process is the embedded setup). Wrong passwords cost growing waits, never a
// lock: a few mistakes are free, then each further one doubles the wait, up to a ceiling.
//   - one address guessing one account: 5 free, then 1 s, 2 s, 4 s … up to 15 minutes;
//   - one account from anywhere: 20 free per hour, then waits up to a minute, so guessing from
//     many addresses crawls while the owner, at worst, waits a minute;
//   - one address across many accounts: 30 free per hour, then waits up to 15 minutes.
// A correct password clears the first two; sign-ups are counted per address per hour.

type Dimension = { failures: RateLimiterMemory; waits: RateLimiterMemory; free: number; maxWaitS: number };

const HOUR_S = 60 * 60;

function dimension(name: string, free: number, maxWaitS: number): Dimension {
  return {
    failures: new RateLimiterMemory({ keyPrefix: `${name}-failures`, points: 1_000_000, duration: HOUR_S }),
    waits: new RateLimiterMemory({ keyPrefix: `${name}-waits`, points: 1, duration: maxWaitS }),
    free,
    maxWaitS,
  };
}

type Limits = {
  accountFromAddress: Dimension;
  account: Dimension;
  address: Dimension;
  signUps: RateLimiterMemory;
};

// One set per process, however many bundles import this module.
const KEY = Symbol.for('khabar.attemptLimits');
type WithLimits = typeof globalThis & { [KEY]?: Limits };

function limits(): Limits {
  const g = globalThis as WithLimits;
  g[KEY] ??= {
    accountFromAddress: dimension('signin-pair', 5, 15 * 60),
    account: dimension('signin-account', 20, 60),
    address: dimension('signin-address', 30, 15 * 60),
    signUps: new RateLimiterMemory({
      keyPrefix: 'signup',
      points: env().SIGNUP_LIMIT_PER_HOUR,
      duration: HOUR_S,
    }),
  };
  return g[KEY];
}

/** The wait after `failures` wrong passwords: none for the free ones, then 1 s, 2 s, 4 s … ≤ max. */
export function waitAfter(failures: number, free: number, maxWaitS: number): number {
  return failures <= free ? 0 : Math.min(maxWaitS, 2 ** Math.min(failures - free - 1, 30));
}

type Attempt = { email: string; address: string };

function keys({ email, address }: Attempt): [Dimension, string][] {
  const l = limits();
  const from = addressLimitKey(address);
  return [
    [l.accountFromAddress, `${email}|${from}`],
    [l.account, email],
    [l.address, from],
  ];
}

/** Milliseconds this attempt must wait before a password is even checked (0: go ahead). */
export async function signInWaitMs(attempt: Attempt): Promise<number> {
  const waits = await Promise.all(
    keys(attempt).map(async ([d, key]) => {
      const res = await d.waits.get(key);
      return res && res.consumedPoints > d.waits.points ? res.msBeforeNext : 0;
    }),
  );
  return Math.max(0, ...waits);
}

export async function recordSignInFailure(attempt: Attempt): Promise<void> {
  await Promise.all(
    keys(attempt).map(async ([d, key]) => {
      const { consumedPoints } = await d.failures.penalty(key);
      const wait = waitAfter(consumedPoints, d.free, d.maxWaitS);
      if (wait > 0) await d.waits.block(key, wait);
    }),
  );
}

/** The owner got in: their account's and this address's guesses at it start over (not the address's own). */
export async function recordSignInSuccess(attempt: Attempt): Promise<void> {
  const owned = keys(attempt).filter(([d]) => d !== limits().address);
  await Promise.all(owned.flatMap(([d, key]) => [d.failures.delete(key), d.waits.delete(key)]));
}

/** Counts a sign-up from the address; false once it has made too many this hour. */
export async function allowSignUp(address: string): Promise<boolean> {
  return limits()
    .signUps.consume(addressLimitKey(address))
    .then(
      () => true,
      () => false,
    );
}

/** For tests: every count starts over. */
export function resetAttemptLimits(): void {
  delete (globalThis as WithLimits)[KEY];
}

/**
 * A password checked under these limits (sign-in, and the current password on /account): 'wait'
 * while the attempt must wait (the password is not even checked), else whether it matched, counted.
 * With no stored hash the check still takes a hash's time, so a missing account does not show.
 */
export async function checkPasswordWithinLimits(
  attempt: Attempt,
  storedHash: string | null | undefined,
  password: string,
): Promise<'wait' | 'wrong' | 'right'> {
  if ((await signInWaitMs(attempt)) > 0) return 'wait';
  const right = storedHash ? await verifyPassword(storedHash, password) : await verifyAgainstDummy(password);
  if (!right) {
    await recordSignInFailure(attempt);
    return 'wrong';
  }
  await recordSignInSuccess(attempt);
  return 'right';
}
