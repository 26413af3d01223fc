import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

// The messages the server wrote instead of sending them (no SMTP_URL: lib/mail/transport.ts).

export type SentMail = { file: string; to: string; subject: string; text: string; html: string; headers: Record<string, string>; eml: string };

export const mailDir = () => `${process.env.KHABAR_E2E_DB}-mail`;

export function mailsTo(email: string): SentMail[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<SentMail, 'file' | 'eml'>) }))
    .filter((m) => m.to === email.toLowerCase())
    .map((m) => ({ ...m, eml: fs.readFileSync(path.join(dir, m.file.replace(/\.json$/, '.eml')), 'utf8') }));
}

/** Waits for the n-th message (1-based) to `email` that matches, and returns it. */
export async function waitForMail(email: string, match: (m: SentMail) => boolean = () => true, nth = 1): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect.poll(() => (found = mailsTo(email).filter(match)[nth - 1]) !== undefined, { timeout: 15_000 }).toBe(true);
  return found!;
}

/** The links written out in a message's plain-text part. */
export function linksIn(mail: SentMail): string[] {
  return mail.text.match(/https?:\/\/\S+/g) ?? [];
}
