import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1).default('file:data/khabar.db'),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_TIME_ZONE: z.string().default('Asia/Beirut'),
  VIEW_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
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
