import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { users } from '@/db/schema';
import { staffNamesQuery } from '@/db/queries/users';
import { isReservedName, reservedNameMessage } from '@/lib/accounts/reserved-names';
import { useSeededDatabase } from './test-db';

let db: DB;

beforeAll(() => {
  db = useSeededDatabase();
  db.delete(users).run();
  db.insert(users)
    .values([
      { name: 'سارة المحررة', email: 'sara@example.com', role: 'admin' },
      { name: 'Omar Desk', email: 'omar@example.com', role: 'moderator' },
      { name: 'قارئ عادي', email: 'reader@example.com', role: 'commenter' },
    ])
    .run();
});

describe('staff names are reserved (finding 9)', () => {
  it.each([
    ['the same name', 'سارة المحررة'],
    ['ة written ه', 'ساره المحرره'],
    ['harakat and tatweel', 'سَارَة المحـــررة'],
    ['zero-width characters and marks', 'سا\u200Bرة\u200F المح\u200Cررة'],
    ['a bidi isolate around it', '\u2067سارة المحررة\u2069'],
    ['more spaces', 'سارة   المحررة'],
    ['Arabic presentation forms', 'ﺳﺎﺭﺓ ﺍﻟﻤﺤﺮﺭﺓ'],
    ['another case', 'OMAR desk'],
    ['full-width Latin', 'Ｏｍａｒ Ｄｅｓｋ'],
  ])('%s', async (_how, name) => {
    expect(await isReservedName(name)).toBe(true);
  });

  it('leaves every other name free, a commenter’s included', async () => {
    for (const name of ['سارة', 'سارة المحررة ٢', 'قارئ عادي', 'Omar']) expect(await isReservedName(name), name).toBe(false);
  });

  it('follows the roles as they are now', async () => {
    db.update(users).set({ role: 'moderator' }).where(eq(users.email, 'reader@example.com')).run();
    expect(await isReservedName('قارئ عادي')).toBe(true);
    db.update(users).set({ role: 'commenter' }).where(eq(users.email, 'reader@example.com')).run();
    expect(await isReservedName('قارئ عادي')).toBe(false);
  });

  it('reads the staff through users_role_idx, never the whole table', () => {
    const plan = db.all<{ detail: string }>(sql`explain query plan ${staffNamesQuery(db).getSQL()}`);
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX users_role_idx/);
    expect(plan.some((p) => /^SCAN users\b/.test(p.detail))).toBe(false);
  });

  it('has an Arabic message for the form', () => {
    expect(reservedNameMessage).toBe('هذا الاسم يخص أحد مشرفي الموقع، فاختر اسماً آخر.');
  });
});

describe('a name from an OAuth provider', () => {
  it('is cleaned, and never a blank or a staff member’s name', async () => {
    const { providerDisplayName } = await import('@/lib/accounts/reserved-names');
    expect(await providerDisplayName('  ليلى\u200B  حسن ')).toBe('ليلى حسن');
    expect(await providerDisplayName('Omar\u200B Desk')).toMatch(/^قارئ [0-9]{4}$/);
    expect(await providerDisplayName('\u200B\u200F')).toMatch(/^قارئ [0-9]{4}$/);
    expect(await providerDisplayName(null)).toMatch(/^قارئ [0-9]{4}$/);
  });
});
