/**
 * Process helpers for the benchmark: locating executables, spawning children
 * in their own process group, and tearing everything down on exit, error or
 * Ctrl-C.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

// ---------------------------------------------------------------- cleanup

type Cleanup = () => Promise<void>;

const cleanups: Cleanup[] = [];
/** Process groups still alive, for a last-resort SIGKILL on exit. */
const liveGroups = new Set<number>();

/**
 * Registers a cleanup step; they run in reverse order of registration.
 * Returns a function that unregisters it.
 */
export function onCleanup(fn: Cleanup): () => void {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** Runs (once) every registered cleanup step, newest first. */
export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup failed: ${errorMessage(err)}`);
    }
  }
}

let signalled = false;

/** True once SIGINT/SIGTERM was received and cleanup is under way. */
export function interrupted(): boolean {
  return signalled;
}

/** Installs SIGINT/SIGTERM handlers that clean up and exit, once. */
export function installSignalHandlers(): void {
  const handler = (signal: NodeJS.Signals): void => {
    if (signalled) {
      killLiveGroupsNow();
      process.exit(130);
    }
    signalled = true;
    console.error(`\n${signal}: stopping servers...`);
    void runCleanups().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  process.on("exit", killLiveGroupsNow);
}

function killLiveGroupsNow(): void {
  for (const pgid of liveGroups) signalGroup(pgid, "SIGKILL");
}

// ---------------------------------------------------------------- executables

const SBIN_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

/** Absolute path of an executable on PATH or in the usual (s)bin dirs. */
export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), ...SBIN_DIRS];
  for (const dir of dirs) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- process groups

export interface GroupProcess {
  readonly pid: number;
  /** Resolves with the exit code (or signal name) of the group leader. */
  readonly exited: Promise<string>;
  /** True once the group leader has exited. */
  hasExited(): boolean;
  /** Last few KB of combined stdout/stderr. */
  output(): string;
  /** SIGTERM the whole group, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stream the child's output to our stderr as well as buffering it. */
  echo?: boolean;
}

const OUTPUT_TAIL_BYTES = 64 * 1024;

/**
 * Spawns a command as the leader of a new process group, so that it and all
 * its descendants (npx -> tsx -> next -> workers) can be killed together.
 * The group is stopped automatically by runCleanups().
 */
export function spawnGroup(cmd: string, args: string[], opts: SpawnOptions = {}): GroupProcess {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const collect = (chunk: Buffer): void => {
    if (opts.echo) process.stderr.write(chunk);
    tail = (tail + chunk.toString("utf8")).slice(-OUTPUT_TAIL_BYTES);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.on("error", (err) => {
      done = true;
      tail += `\n${errorMessage(err)}`;
      resolve(`error: ${err.message}`);
    });
    child.on("exit", (code, signal) => {
      done = true;
      resolve(signal ?? String(code));
    });
  });

  const pid = child.pid;
  if (pid === undefined) {
    // spawn failed synchronously (e.g. ENOENT); 'error' will fire.
    return {
      pid: -1,
      exited,
      hasExited: () => true,
      output: () => tail,
      stop: async () => {
        await exited;
      },
    };
  }
  liveGroups.add(pid);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= stopGroup(pid, child).finally(() => {
      liveGroups.delete(pid);
      unregister();
    });
    return stopping;
  };
  const unregister = onCleanup(stop);
  return { pid, exited, hasExited: () => done, output: () => tail, stop };
}

async function stopGroup(pgid: number, leader: ChildProcess): Promise<void> {
  signalGroup(pgid, "SIGTERM");
  if (await waitGroupGone(pgid, leader, 10_000)) return;
  signalGroup(pgid, "SIGKILL");
  await waitGroupGone(pgid, leader, 3_000);
}

async function waitGroupGone(pgid: number, leader: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const leaderGone = leader.exitCode !== null || leader.signalCode !== null;
    if (leaderGone && !groupAlive(pgid)) return true;
    await sleep(100);
  }
  return false;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: already gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface RunResult {
  status: string;
  output: string;
}

/** Runs a command to completion in its own group (killed on Ctrl-C). */
export async function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<RunResult> {
  const proc = spawnGroup(cmd, args, opts);
  const status = await proc.exited;
  await proc.stop(); // reap stragglers; instant when the group is gone
  return { status, output: proc.output() };
}

// ---------------------------------------------------------------- misc

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
