import { db } from '@/db';
import { expireTags } from '@/lib/cache/expire';
import { fromThisProcess, schedulerState } from '@/lib/scheduler/state';
import { runTick } from '@/lib/scheduler/tick';

// Called only by this process's own scheduler (lib/scheduler/start.ts), over loopback: expiring
// cache tags needs Next's request context. Anyone else gets the same 404 as an unknown URL.

export async function POST(request: Request): Promise<Response> {
  const state = schedulerState();
  if (!state || !fromThisProcess(request)) return new Response('Not found', { status: 404 });
  const result = runTick(db(), state, expireTags);
  return Response.json(result, { headers: { 'cache-control': 'private, no-store' } });
}
