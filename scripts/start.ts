import { buildIsCurrent, writeStamp } from './build-stamp';
import { prepareSeededDatabase } from './database';
import { runNext } from './next-bin';

async function main() {
  await prepareSeededDatabase();
  if (!buildIsCurrent()) {
    console.log('جارٍ بناء الموقع لأن النسخة المبنية غير موجودة أو قديمة (running next build)…');
    const code = await runNext(['build']);
    if (code !== 0) process.exit(code);
    writeStamp();
  }
  await import('./serve');
}

void main();
