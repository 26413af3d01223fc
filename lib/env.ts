import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1).default('file:data/khabar.db'),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_TIME_ZONE: z.string().default('Asia/Beirut'),
  VIEW_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** New accounts one address may create per hour. */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Set when a reverse proxy (nginx) in front sets X-Real-IP; otherwise forwarded headers are ignored. */
  /** smtp(s)://user:pass@host:port — mail goes out through it; unset: each message is written under MAIL_DIR. */
  SMTP_URL: z.string().trim().min(1).optional(),
  MAIL_FROM: z.string().trim().min(3).default('خبر <no-reply@localhost>'),
  /** Where messages are written when SMTP_URL is unset (default: mail/ beside the database). */
  MAIL_DIR: z.string().trim().min(1).optional(),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      const fields = result.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new Error(`Invalid environment variables: ${fields}. See .env.example.`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** `file:data/khabar.db`, `data/khabar.db` or `:memory:` → a path better-sqlite3 opens. */
export function databasePath(url = env().DATABASE_URL): string {
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}
