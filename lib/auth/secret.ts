import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/lib/env';

/**
 * AUTH_SECRET when set; otherwise a secret generated once and kept beside the database, so the
 * embedded setup signs sessions with no .env at all and keeps them valid across restarts.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(path.dirname(path.resolve(databasePath())), '.auth-secret');
  try {
    process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    process.env.AUTH_SECRET = secret;
  }
  return process.env.AUTH_SECRET;
}
