import { FLOOD_SECONDS } from '@/lib/comments/limits';
import type { ArticleTarget, Commenter } from './users';

// The traffic: commenters posting through POST /api/comments (what the article page's form calls),
// each paced under the per-user flood limit (one comment per FLOOD_SECONDS; the limit stays on),
// and readers loading article pages in a closed loop, each page followed by its view beacon.

export type ErrorKind = 'refused' | 'reset' | 'timeout' | 'sqlite-busy' | 'http-5xx' | 'http-429' | 'http-4xx' | 'bad-page';

export type Sample = { who: 'comment' | 'page' | 'view'; at: number; ms: number; kind: ErrorKind | null };

export type Acknowledged = { body: string; id: number };

export type Traffic = { samples: Sample[]; acknowledged: Acknowledged[] };

export type TrafficPlan = {
  origin: string;
  runId: string;
  commenters: Commenter[];
  readers: number;
  articles: ArticleTarget[];
  startAt: number;
  endAt: number;
};

const REQUEST_TIMEOUT_MS = 30_000;
const FLOOD_MS = FLOOD_SECONDS * 1000;
// After a commenter's previous attempt ended: the server stored that comment no later than then.
const PACE_MS = FLOOD_MS + 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

/** Starts the clients; `traffic` fills while they run, `done` resolves when the last one stops. */
export function runTraffic(plan: TrafficPlan): { traffic: Traffic; done: Promise<void> } {
  const traffic: Traffic = { samples: [], acknowledged: [] };
  const done = Promise.all([
    ...plan.commenters.map((c, i) => commenter(plan, traffic, c, i)),
    ...Array.from({ length: plan.readers }, () => reader(plan, traffic)),
  ]).then(() => {});
  return { traffic, done };
}

/** Loads each page once before the clock starts: a server that has been running has them cached. */
export async function warmUp(origin: string, articles: ArticleTarget[]): Promise<void> {
  for (const article of articles) await send(`${origin}${article.path}`, { headers: { 'accept-encoding': 'gzip' } });
}

async function commenter(plan: TrafficPlan, traffic: Traffic, who: Commenter, index: number): Promise<void> {
  // Spread the first posts over one flood interval so the load is even, not 200 at once.
  let next = plan.startAt + Math.random() * FLOOD_MS;
  for (let n = 0; ; n++) {
    await sleep(next - Date.now());
    if (Date.now() >= plan.endAt) return;
    const body = `تعليق تجريبي ${n + 1} من القارئ ${index + 1} [lt-${plan.runId}-${index}-${n}]`;
    const article = pick(plan.articles);
    const started = Date.now();
    const result = await send(`${plan.origin}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: who.cookie, origin: plan.origin },
      body: JSON.stringify({ articleId: article.id, body }),
    });
    traffic.samples.push({ who: 'comment', at: Date.now(), ms: Date.now() - started, kind: result.kind });
    if (result.status === 201) {
      const id = (JSON.parse(result.text) as { comment?: { id?: unknown } }).comment?.id;
      if (typeof id === 'number') traffic.acknowledged.push({ body, id });
    }
    next = Math.max(started + FLOOD_MS + 1000, Date.now() + PACE_MS);
  }
}

async function reader(plan: TrafficPlan, traffic: Traffic): Promise<void> {
  await sleep(plan.startAt - Date.now());
  while (Date.now() < plan.endAt) {
    const article = pick(plan.articles);
    let started = Date.now();
    const page = await send(`${plan.origin}${article.path}`, { headers: { 'accept-encoding': 'gzip' } });
    const kind = page.kind ?? (page.text.includes('</html>') ? null : 'bad-page');
    traffic.samples.push({ who: 'page', at: Date.now(), ms: Date.now() - started, kind });
    if (kind) {
      await sleep(100); // a server that is down is not hammered in a tight loop
      continue;
    }
    started = Date.now();
    const view = await send(`${plan.origin}/api/views`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: plan.origin },
      body: String(article.id),
    });
    traffic.samples.push({ who: 'view', at: Date.now(), ms: Date.now() - started, kind: view.kind ?? (view.status === 204 ? null : 'http-4xx') });
  }
}

type Result = { status: number; text: string; kind: ErrorKind | null };

async function send(url: string, init: RequestInit): Promise<Result> {
  try {
    const res = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    return { status: res.status, text, kind: kindOf(res.status, text) };
  } catch (error) {
    return { status: 0, text: '', kind: networkKind(error) };
  }
}

export function kindOf(status: number, text: string): ErrorKind | null {
  if (/SQLITE_BUSY|database is locked/i.test(text)) return 'sqlite-busy';
  if (status >= 500) return 'http-5xx';
  if (status === 429) return 'http-429';
  if (status >= 400) return 'http-4xx';
  return null;
}

function networkKind(error: unknown): ErrorKind {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
  return e.cause?.code === 'ECONNREFUSED' ? 'refused' : 'reset';
}
