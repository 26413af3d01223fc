import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../index';
import type { DB } from '../client';

export type DatabaseHealth = { ok: true; migrations: number } | { ok: false; error: string };

/** A real round trip to SQLite (SELECT 1) and how many migrations the file has applied. */
export function databaseHealth(database: DB = db()): DatabaseHealth {
  try {
    const one = database.get<{ one: number }>(sql`select 1 as one`);
    if (one?.one !== 1) return { ok: false, error: 'SELECT 1 returned no row' };
    const applied = database.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`);
    return { ok: true, migrations: applied?.n ?? 0 };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: typeof code === 'string' ? code : error instanceof Error ? error.message : String(error) };
  }
}
