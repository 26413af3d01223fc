import { writeStamp } from './build-stamp';
import { prepareDatabase } from './database';
import { runNext } from './next-bin';

async function main() {
  prepareDatabase({ seed: true });
  const code = await runNext(['build']);
  if (code === 0) writeStamp();
  process.exit(code);
}

void main();
