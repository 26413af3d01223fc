import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `npm test`: the unit tests, then the end-to-end tests, then one line "N passed, N failed".

type Counts = { passed: number; failed: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(report: unknown): Counts {
  const r = report as { numPassedTests?: number; numFailedTests?: number } | null;
  return { passed: r?.numPassedTests ?? 0, failed: r?.numFailedTests ?? 0 };
}

function playwrightCounts(report: unknown): Counts {
  const stats = (report as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null)?.stats;
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-test-'));
  const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);
  const total: Counts = { passed: 0, failed: 0 };

  const unitJson = path.join(dir, 'unit.json');
  const unitCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`], process.env);
  const unit = vitestCounts(readJson(unitJson));
  if (unitCode !== 0 && unit.failed === 0) unit.failed = 1;
  total.passed += unit.passed;
  total.failed += unit.failed;

  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    console.error(
      `No browser at ${chromium}: install Debian's Chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    total.failed += 1;
  } else {
    const e2eJson = path.join(dir, 'e2e.json');
    const e2eCode = await run(bin('playwright'), ['test'], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
    const e2e = playwrightCounts(readJson(e2eJson));
    if (e2eCode !== 0 && e2e.failed === 0) e2e.failed = 1;
    total.passed += e2e.passed;
    total.failed += e2e.failed;
  }

  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 ? 1 : 0);
}

void main();
