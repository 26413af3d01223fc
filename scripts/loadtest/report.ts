import type { ErrorKind, Sample } from './clients';
import type { CommentCheck } from './verify';

export type Timeline = { startAt: number; endAt: number; killAt: number; upAt: number };

export type LoadReport = {
  commenters: number;
  readers: number;
  seconds: number;
  timeline: Timeline;
  samples: Sample[];
  comments: CommentCheck;
  /** Views written to the database by the killed process and by the restarted one (read at the kill and at the end). */
  views: { writtenBeforeKill: number; writtenAfterKill: number };
  shutdown: { code: number | null; ms: number };
};

const inWindow = (s: Sample, t: Timeline) => s.at >= t.killAt && s.at <= t.upAt;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function countKinds(samples: Sample[]): string {
  const counts = new Map<ErrorKind, number>();
  for (const s of samples) if (s.kind) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

/** Acknowledged view beacons sent before the kill (answered by the killed process) and after it. */
function viewCounts(r: LoadReport): { beforeKill: number; afterKill: number } {
  const acked = r.samples.filter((s) => s.who === 'view' && !s.kind);
  const afterKill = acked.filter((s) => s.at - s.ms > r.timeline.killAt).length;
  return { beforeKill: acked.length - afterKill, afterKill };
}

/** What must hold for the run to pass; each failure is named. */
export function failures(r: LoadReport): string[] {
  const out: string[] = [];
  if (r.comments.missing > 0) out.push(`${r.comments.missing} acknowledged comment(s) missing`);
  if (r.comments.duplicated > 0) out.push(`${r.comments.duplicated} acknowledged comment(s) stored more than once`);
  if (r.comments.acknowledged === 0) out.push('no comment was acknowledged');
  const serverErrors = r.samples.filter((s) => s.kind === 'sqlite-busy' || s.kind === 'http-5xx').length;
  if (serverErrors > 0) out.push(`${serverErrors} response(s) with a 5xx or SQLITE_BUSY`);
  const outside = r.samples.filter((s) => s.kind && !inWindow(s, r.timeline));
  if (outside.length > 0) out.push(`${outside.length} error(s) outside the restart window (${countKinds(outside)})`);
  const { afterKill } = viewCounts(r);
  if (r.views.writtenAfterKill !== afterKill) {
    out.push(`the restarted server acknowledged ${afterKill} view(s) but wrote ${r.views.writtenAfterKill} by the end`);
  }
  if (r.shutdown.code !== 0) out.push(`graceful shutdown exited with ${r.shutdown.code}`);
  return out;
}

export function formatReport(r: LoadReport): string {
  const t = r.timeline;
  const pages = r.samples.filter((s) => s.who === 'page');
  const posts = r.samples.filter((s) => s.who === 'comment');
  const reads = r.samples.filter((s) => s.who !== 'comment');
  const okPages = pages.filter((s) => !s.kind).map((s) => s.ms).sort((a, b) => a - b);
  const okPosts = posts.filter((s) => !s.kind).map((s) => s.ms).sort((a, b) => a - b);
  const readsOutside = reads.filter((s) => !inWindow(s, t));
  const readErrorsOutside = readsOutside.filter((s) => s.kind).length;
  const c = r.comments;
  const views = viewCounts(r);
  const lines = [
    `Load test: ${r.commenters} signed-in commenters + ${r.readers} readers for ${r.seconds} s; kill -9 at +${((t.killAt - t.startAt) / 1000).toFixed(1)} s`,
    `  requests: ${r.samples.length} (comment posts ${posts.length}, article pages ${pages.length}, view beacons ${reads.length - pages.length})`,
    `  restart downtime (kill -9 → /api/health 200): ${((t.upAt - t.killAt) / 1000).toFixed(2)} s`,
    `  comments acknowledged (201): ${c.acknowledged}; in the database exactly once: ${c.once}; missing: ${c.missing}; duplicated: ${c.duplicated}`,
    `  comments stored without an answer (in flight at the kill): ${c.storedUnacknowledged}`,
    `  errors inside the restart window: ${countKinds(r.samples.filter((s) => inWindow(s, t)))}`,
    `  errors outside the restart window: ${countKinds(r.samples.filter((s) => !inWindow(s, t)))}`,
    `  readers outside the window: ${readsOutside.length} requests, error rate ${((100 * readErrorsOutside) / Math.max(1, readsOutside.length)).toFixed(2)} %`,
    `  article page p50 ${percentile(okPages, 50)} ms, p99 ${percentile(okPages, 99)} ms; comment post p50 ${percentile(okPosts, 50)} ms, p99 ${percentile(okPosts, 99)} ms`,
    `  views (batched in memory): before the kill ${views.beforeKill} acknowledged, ${r.views.writtenBeforeKill} written (${views.beforeKill - r.views.writtenBeforeKill} lost with the killed process's unflushed batch); after it ${views.afterKill} acknowledged, ${r.views.writtenAfterKill} written`,
    `  final SIGTERM: exit ${r.shutdown.code} after ${r.shutdown.ms} ms`,
  ];
  const failed = failures(r);
  lines.push(failed.length === 0 ? 'PASS' : `FAIL: ${failed.join('; ')}`);
  return lines.join('\n');
}
