import sharp from 'sharp';

// Encoding is the one CPU-heavy thing an upload does: one picture at a time, on one libvips thread,
// so a burst of uploads never takes the core that serves pages. The seed (before the server starts)
// passes `threads` to use every core.

sharp.concurrency(1);
// libvips' operation cache only helps repeated work on the same input; uploads never repeat.
sharp.cache(false);

let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every job queued before it has settled. */
export function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job, job);
  tail = run.catch(() => undefined);
  return run;
}
