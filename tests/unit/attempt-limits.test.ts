import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allowSignUp,
  recordSignInFailure,
  recordSignInSuccess,
  resetAttemptLimits,
  signInWaitMs,
  waitAfter,
} from '@/lib/auth/attempt-limits';
import { env } from '@/lib/env';

// The sign-in and sign-up limits (finding 4): growing waits per account and address, a capped wait
// per account from anywhere, a limit per address across accounts; never a lock.

const at = (email: string, address: string) => ({ email, address });

async function fail(attempt: { email: string; address: string }, times: number) {
  for (let i = 0; i < times; i++) {
    expect(await signInWaitMs(attempt)).toBe(0); // each guess is made only once its wait is over
    await recordSignInFailure(attempt);
    vi.advanceTimersByTime(await signInWaitMs(attempt));
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  resetAttemptLimits();
});
afterEach(() => vi.useRealTimers());

describe('attempt limits (lib/auth/attempt-limits.ts)', () => {
  it('doubles the wait after the free mistakes, up to a ceiling', () => {
    expect([1, 5, 6, 7, 8, 9].map((n) => waitAfter(n, 5, 900))).toEqual([0, 0, 1, 2, 4, 8]);
    expect(waitAfter(60, 5, 900)).toBe(900);
  });

  it('makes one address guessing one account wait longer and longer, then lets the right password in', async () => {
    const guesser = at('owner@example.com', '198.51.100.1');
    await fail(guesser, 5);
    await recordSignInFailure(guesser);
    expect(await signInWaitMs(guesser)).toBe(1000);
    vi.advanceTimersByTime(1000);
    await recordSignInFailure(guesser);
    expect(await signInWaitMs(guesser)).toBe(2000);
    vi.advanceTimersByTime(2000);
    expect(await signInWaitMs(guesser)).toBe(0);
    await recordSignInSuccess(guesser);
    await recordSignInFailure(guesser);
    expect(await signInWaitMs(guesser)).toBe(0); // a success starts the count over
  });

  it("does not lock the owner out from their own address while another guesses", async () => {
    const attacker = at('owner@example.com', '203.0.113.66');
    const owner = at('owner@example.com', '192.0.2.10');
    await fail(attacker, 12);
    await recordSignInFailure(attacker);
    expect(await signInWaitMs(attacker)).toBe(128_000);
    expect(await signInWaitMs(owner)).toBe(0);
  });

  it('slows guessing one account from many addresses to at most a minute per try', async () => {
    for (let i = 0; i < 40; i++) await recordSignInFailure(at('target@example.com', `203.0.113.${i}`));
    const wait = await signInWaitMs(at('target@example.com', '192.0.2.99'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
  });

  it('limits one address guessing across many accounts', async () => {
    for (let i = 0; i < 30; i++) await recordSignInFailure(at(`user${i}@example.com`, '203.0.113.5'));
    expect(await signInWaitMs(at('fresh@example.com', '203.0.113.5'))).toBe(0);
    await recordSignInFailure(at('user31@example.com', '203.0.113.5'));
    expect(await signInWaitMs(at('fresh@example.com', '203.0.113.5'))).toBeGreaterThan(0);
    expect(await signInWaitMs(at('fresh@example.com', '203.0.113.6'))).toBe(0);
  });

  it('counts sign-ups per address, so one busy address closes sign-up for nobody else', async () => {
    const limit = env().SIGNUP_LIMIT_PER_HOUR;
    for (let i = 0; i < limit; i++) expect(await allowSignUp('198.51.100.7')).toBe(true);
    expect(await allowSignUp('198.51.100.7')).toBe(false);
    expect(await allowSignUp('198.51.100.8')).toBe(true);
    vi.advanceTimersByTime(60 * 60_000 + 1);
    expect(await allowSignUp('198.51.100.7')).toBe(true);
  });
});
