// Runs once when a server process starts (`npm start`'s scripts/serve.ts and `next start` alike),
// never during `next build`: scheduled articles go live at their time with no request and no restart.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
  (await import('./lib/comments/pending-timer')).startPendingNoticeTimer();
}
