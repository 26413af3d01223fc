import { after } from 'next/server';
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { addViews } from '@/db/queries/articles';
import { cacheTags } from '@/lib/cache-tags';
import { env } from '@/lib/env';
import { CROSS_SITE_MESSAGE, crossSiteRefusal } from '@/lib/http/same-origin';
import { ViewCounter } from '@/lib/views/view-counter';

const globalForViews = globalThis as unknown as { khabarViews?: ViewCounter };

function viewCounter(): ViewCounter {
  if (!globalForViews.khabarViews) {
    globalForViews.khabarViews = new ViewCounter(env().VIEW_FLUSH_MS, addViews);
    globalForViews.khabarViews.startTimer();
  }
  return globalForViews.khabarViews;
}

const viewSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** The article page's beacon: `navigator.sendBeacon('/api/views', id)`. */
export async function POST(request: Request) {
  // Another site's page could count views with a beacon of its own.
  if (crossSiteRefusal(request.headers, env().SITE_URL)) return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403 });
  const parsed = viewSchema.safeParse({ id: (await request.text()).trim().slice(0, 20) });
  if (!parsed.success) {
    return Response.json({ error: 'رقم المقال غير صالح.' }, { status: 400 });
  }
  const counter = viewCounter();
  counter.add(parsed.data.id);
  after(async () => {
    if (counter.due) await counter.flush();
    // Stale-while-revalidate: the next reader gets the cached page and triggers its refresh.
    for (const id of counter.takeWritten()) revalidateTag(cacheTags.views(id), 'max');
  });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
