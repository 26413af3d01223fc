import type { DatabaseHealth } from '@/db/queries/health';

export type HealthBody =
  | { status: 'ok'; database: 'ok'; migrations: number }
  | { status: 'unavailable'; database: 'ok' | 'error'; message: string; reason: string };

export const HEALTH_MESSAGES = {
  database: 'قاعدة البيانات لا تستجيب. / The database is not answering.',
  draining: 'الخادم يتوقف الآن ولا يقبل طلبات جديدة. / The server is shutting down.',
};

/** 200 only when the database answered and the server is not shutting down; 503 otherwise. */
export function healthReport(database: DatabaseHealth, draining: boolean): { status: number; body: HealthBody } {
  if (!database.ok) {
    return { status: 503, body: { status: 'unavailable', database: 'error', message: HEALTH_MESSAGES.database, reason: database.error } };
  }
  if (draining) {
    return { status: 503, body: { status: 'unavailable', database: 'ok', message: HEALTH_MESSAGES.draining, reason: 'draining' } };
  }
  return { status: 200, body: { status: 'ok', database: 'ok', migrations: database.migrations } };
}
