import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run user:create` as a shell runs it (tsx), against a throwaway database.
const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-create-user-'));
const file = path.join(dir, 'khabar.db');
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

function createUser(...args: string[]) {
  return run(tsx, ['scripts/create-user.ts', ...args], { env: { ...process.env, DATABASE_URL: `file:${file}` } });
}

function read<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run user:create --role', () => {
  it('creates a writer, promotes them to editor and ends their sign-ins, refuses an unknown role', { timeout: 180_000 }, async () => {
    const created = await createUser('--email', 'Writer@Example.com', '--password', 'a-long-passphrase', '--name', 'كاتبة التحقيقات', '--role', 'writer');
    expect(created.stdout).toContain('with role writer');
    const user = read<{ id: string; role: string; name: string }>('select id, role, name from users where email = ?', 'writer@example.com');
    expect(user).toMatchObject({ role: 'writer', name: 'كاتبة التحقيقات' });

    const db = new Database(file);
    db.prepare("insert into sessions (session_token, user_id, expires) values ('s1', ?, ?)").run(user.id, Date.now() + 86_400_000);
    db.close();
    const promoted = await createUser('--email', 'writer@example.com', '--role', 'editor');
    expect(promoted.stdout).toContain('role editor');
    expect(read<{ role: string }>('select role from users where id = ?', user.id).role).toBe('editor');
    expect(read<{ n: number }>('select count(*) as n from sessions where user_id = ?', user.id).n).toBe(0);

    const refused = await createUser('--email', 'writer@example.com', '--role', 'owner').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toContain('commenter|writer|moderator|editor|admin');
    expect(read<{ role: string }>('select role from users where id = ?', user.id).role).toBe('editor');
  });
});
