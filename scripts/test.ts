import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { playwrightOutcome, summaryLines, vitestOutcome, type SuiteOutcome } from './lib/test-summary';

// `npm test`: the unit tests, then the end-to-end tests, then one line "N passed, N failed"
// (scripts/lib/test-summary.ts says what counts as failed).

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

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-test-'));
  const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);
  const outcomes: SuiteOutcome[] = [];

  const unitJson = path.join(dir, 'unit.json');
  const unitCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`], process.env);
  outcomes.push(vitestOutcome(readJson(unitJson), unitCode));

  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    outcomes.push({
      name: 'end-to-end (playwright)',
      passed: 0,
      failed: 1,
      problems: [
        `no browser at ${chromium}: install Debian's Chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`,
      ],
    });
  } else {
    const e2eJson = path.join(dir, 'e2e.json');
    const e2eCode = await run(bin('playwright'), ['test'], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
    outcomes.push(playwrightOutcome(readJson(e2eJson), e2eCode));
  }

  fs.rmSync(dir, { recursive: true, force: true });
  const { lines, failed } = summaryLines(outcomes);
  console.log(lines.join('\n'));
  process.exit(failed > 0 ? 1 : 0);
}

void main();
