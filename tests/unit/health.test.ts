import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { databaseHealth } from '@/db/queries/health';
import { HEALTH_MESSAGES, healthReport } from '@/lib/health/report';
import { useSeededDatabase } from './test-db';

describe('/api/health', () => {
  it('answers 200 after a real round trip to the database, with the migrations applied', () => {
    const health = databaseHealth(useSeededDatabase());
    expect(health).toMatchObject({ ok: true });
    expect(health.ok && health.migrations).toBeGreaterThan(0);
    expect(healthReport(health, false)).toEqual({ status: 200, body: { status: 'ok', database: 'ok', migrations: health.ok ? health.migrations : 0 } });
  });

  it('answers 503 in Arabic and English when the database does not answer', () => {
    const { sqlite, db } = openDatabase(':memory:');
    sqlite.close();
    const health = databaseHealth(db);
    expect(health.ok).toBe(false);
    const report = healthReport(health, false);
    expect(report.status).toBe(503);
    expect(report.body).toMatchObject({ status: 'unavailable', database: 'error', message: HEALTH_MESSAGES.database });
    expect(HEALTH_MESSAGES.database).toContain('قاعدة البيانات لا تستجيب');
  });

  it('answers 503 while the server shuts down, so a load balancer stops sending requests', () => {
    const report = healthReport({ ok: true, migrations: 3 }, true);
    expect(report).toMatchObject({ status: 503, body: { database: 'ok', reason: 'draining', message: HEALTH_MESSAGES.draining } });
  });

  it('answers 503 on a database without the schema', () => {
    const { db } = openDatabase(':memory:');
    expect(healthReport(databaseHealth(db), false).status).toBe(503);
  });
});
