import { hash, verify, type Algorithm } from '@node-rs/argon2';

// OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane.
const ARGON2ID = 2 as Algorithm.Argon2id; // a const enum, which isolatedModules cannot read
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account matches keeps a wrong email as slow as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('khabar-no-such-account');
  await verifyPassword(await dummyHash, password);
  return false;
}
