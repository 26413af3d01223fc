import { connection } from 'next/server';
import { databaseHealth } from '@/db/queries/health';
import { healthReport } from '@/lib/health/report';
import { isDraining } from '@/lib/shutdown/hooks';

/** For a load balancer or a supervisor: the database answers and the server takes requests. Never cached. */
export async function GET() {
  await connection();
  const { status, body } = healthReport(databaseHealth(), isDraining());
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}
