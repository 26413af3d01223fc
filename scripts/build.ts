import { writeStamp } from './build-stamp';
import { prepareSeededDatabase } from './database';
import { runNext } from './next-bin';

async function main() {
  await prepareSeededDatabase();
  const code = await runNext(['build']);
  if (code === 0) writeStamp();
  process.exit(code);
}

void main();
