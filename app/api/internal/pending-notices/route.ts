import { runPendingNotices } from '@/lib/comments/pending-notices';
import { fromThisProcess } from '@/lib/scheduler/state';

// The moderators' digest, called once a minute by this process's own timer (lib/comments/pending-timer.ts)
// over loopback. Anyone else gets the same 404 as an unknown URL.
export async function POST(request: Request): Promise<Response> {
  if (!fromThisProcess(request)) return new Response('Not found', { status: 404 });
  const mails = await runPendingNotices();
  return Response.json({ mails }, { headers: { 'cache-control': 'private, no-store' } });
}
