// What the process must do before it exits: write what is held in memory, then close the database.
// Kept on globalThis: the server (scripts/serve.ts) and Next's bundles (the views route, db/index.ts)
// each have their own copy of this module in one process.

export type ShutdownPhase = 'flush' | 'close';

type Hook = { name: string; phase: ShutdownPhase; run: () => void | Promise<void> };
type Registry = { hooks: Hook[]; draining: boolean };

const KEY = Symbol.for('khabar.shutdownHooks');
type WithRegistry = typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  const g = globalThis as WithRegistry;
  g[KEY] ??= { hooks: [], draining: false };
  return g[KEY];
}

/** Registers work for shutdown; every 'flush' hook runs before any 'close' hook. */
export function onShutdown(name: string, phase: ShutdownPhase, run: Hook['run']): void {
  registry().hooks.push({ name, phase, run });
}

/** True once the server stopped taking requests (the health endpoint then answers 503). */
export function isDraining(): boolean {
  return registry().draining;
}

export function markDraining(): void {
  registry().draining = true;
}

/** Runs the hooks, flush phase first; a failing hook is reported and the others still run. */
export async function runShutdownHooks(log: (line: string) => void = console.error): Promise<string[]> {
  const failed: string[] = [];
  for (const phase of ['flush', 'close'] as const) {
    for (const hook of registry().hooks.filter((h) => h.phase === phase)) {
      try {
        await hook.run();
      } catch (error) {
        failed.push(hook.name);
        log(`shutdown: ${hook.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  registry().hooks = [];
  return failed;
}
