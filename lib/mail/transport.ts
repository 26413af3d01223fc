import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { databasePath, env } from '@/lib/env';

// SMTP_URL in production (nodemailer's SMTP transport, pooled). Without it, nodemailer still builds
// the whole message (MIME, headers, both parts) and each one is written to MAIL_DIR as <id>.eml
// beside <id>.json (to, subject, text, html, headers): development and the tests read links from there.

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

const KEY = Symbol.for('khabar.mailTransport');
type WithTransport = typeof globalThis & { [KEY]?: Transporter };

export function mailDirectory(): string {
  return env().MAIL_DIR ?? path.join(path.dirname(path.resolve(databasePath())), 'mail');
}

function transport(): Transporter {
  const g = globalThis as WithTransport;
  const url = env().SMTP_URL;
  g[KEY] ??= url
    ? nodemailer.createTransport(url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return g[KEY];
}

export async function deliver(mail: OutgoingMail): Promise<void> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, ...mail });
  if (env().SMTP_URL) return;
  const dir = mailDirectory();
  await fs.mkdir(dir, { recursive: true });
  const name = `${Date.now()}-${String(info.messageId).replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`;
  await fs.writeFile(path.join(dir, `${name}.eml`), info.message as Buffer);
  const record = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers ?? {}, at: new Date().toISOString() };
  // The .json last, and whole: written beside it, then renamed (atomic), so a reader that sees it finds
  // the whole record and the whole message.
  const json = path.join(dir, `${name}.json`);
  await fs.writeFile(`${json}.part`, JSON.stringify(record, null, 2));
  await fs.rename(`${json}.part`, json);
}
