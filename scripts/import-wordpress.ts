import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { databasePath, env } from '@/lib/env';
import { importWordPress, ImportOptionError, type ImportProgress } from '@/lib/wordpress/import';
import { formatSummary } from '@/lib/wordpress/summary';
import { NotWxrError, NotXmlError, WxrFatalError } from '@/lib/wordpress/wxr-reader';
import { prepareDatabase } from './database';

// npm run import:wordpress -- <export.xml> [--default-section slug] [--fallback-author slug] [--dry-run]
// Imports a WordPress export (Tools → Export) into DATABASE_URL while the site runs. Exit codes:
// 0 all imported, 1 some items failed (the summary lists each with its line), 2 nothing could be
// imported (not XML, not a WordPress export, a bad flag).

const usage =
  'Usage: npm run import:wordpress -- <export.xml> [--default-section <section slug>] [--fallback-author <author slug>] [--dry-run]';

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'default-section': { type: 'string' },
        'fallback-author': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`الملف غير موجود: ${file}\nNo such file: ${file}`);
    return 2;
  }
  prepareDatabase({ seed: false });
  return run(file, values);
}

async function run(file: string, values: { 'default-section'?: string; 'fallback-author'?: string; 'dry-run'?: boolean }): Promise<number> {
  const { sqlite, db } = openDatabase(databasePath());
  const progress = progressPrinter();
  try {
    const summary = await importWordPress(db, file, {
      defaultSection: values['default-section'],
      fallbackAuthor: values['fallback-author'],
      dryRun: values['dry-run'],
      timeZone: env().SITE_TIME_ZONE,
      onProgress: progress.update,
    });
    progress.done();
    console.log(formatSummary(summary));
    return summary.failedCount || summary.xmlErrors.length ? 1 : 0;
  } catch (error) {
    progress.done();
    if (error instanceof NotXmlError) {
      console.error(`الملف ليس ملف XML، فلم يُستورد شيء.\n${file}: ${error.message} Nothing was imported.`);
      return 2;
    }
    if (error instanceof NotWxrError) {
      console.error(`الملف ليس ملف تصدير من ووردبريس، فلم يُستورد شيء.\n${file}: ${error.message} Nothing was imported.`);
      return 2;
    }
    if (error instanceof WxrFatalError) {
      console.error(`توقف الاستيراد: الملف تالف بعد هذا الموضع. ما سبقه محفوظ.\n${file}: ${error.message} What came before was kept.`);
      return 1;
    }
    if (error instanceof ImportOptionError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    sqlite.close();
  }
}

/** One redrawn line on a terminal (bytes, items/s); a plain line every few seconds otherwise. */
function progressPrinter() {
  const tty = process.stdout.isTTY;
  let lastPlain = 0;
  let drawn = false;
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  return {
    update(p: ImportProgress) {
      const share = p.bytesTotal ? p.bytesRead / p.bytesTotal : 0;
      const rate = p.elapsedMs ? Math.round((p.items * 1000) / p.elapsedMs) : 0;
      const text = `${Math.round(share * 100)}% ${mb(p.bytesRead)}/${mb(p.bytesTotal)} MB · ${p.items} items (${rate}/s) · ${p.posts} posts · ${p.comments} comments · ${p.failed} failed`;
      if (tty) {
        const width = 24;
        const filled = Math.round(share * width);
        process.stdout.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\x1b[K`);
        drawn = true;
      } else if (Date.now() - lastPlain > 5000) {
        lastPlain = Date.now();
        console.log(text);
      }
    },
    done() {
      if (drawn) process.stdout.write('\n');
      drawn = false;
    },
  };
}

Promise.resolve(main()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
