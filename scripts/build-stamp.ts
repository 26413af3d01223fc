import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/lib/env';

const SOURCES = ['app', 'components', 'db', 'lib', 'public', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];
export const distDir = process.env.NEXT_DIST_DIR || '.next';
const stampFile = () => path.join(distDir, 'khabar-build.json');

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

/** What a build depends on: the sources and the database its pages were prerendered from. */
export function currentFingerprint(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update(fs.readFileSync(file));
  }
  hash.update(path.resolve(databasePath()));
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return false;
  try {
    return JSON.parse(fs.readFileSync(stampFile(), 'utf8')).fingerprint === currentFingerprint();
  } catch {
    return false;
  }
}

export function writeStamp(): void {
  fs.writeFileSync(stampFile(), JSON.stringify({ fingerprint: currentFingerprint() }));
}
