import fs from 'node:fs';
import path from 'node:path';

// A running server names itself beside its database, so that `npm run db:restore` can refuse to
// swap the file under it. A server killed with SIGKILL leaves the file; a dead pid in it is ignored.

export function pidFileOf(databaseFile: string): string {
  return `${path.resolve(databaseFile)}.server-pid`;
}

export function writePidFile(databaseFile: string, pid = process.pid): void {
  fs.writeFileSync(pidFileOf(databaseFile), `${pid}\n`);
}

export function removePidFile(databaseFile: string, pid = process.pid): void {
  if (runningServerPid(databaseFile) === pid) fs.rmSync(pidFileOf(databaseFile), { force: true });
}

/** The pid of a live server using this database, or null. */
export function runningServerPid(databaseFile: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFileOf(databaseFile), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
