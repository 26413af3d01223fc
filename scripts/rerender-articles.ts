import { parseArgs } from 'node:util';
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { appendInvalidation } from '@/db/queries/cache-outbox';
import { articles, media } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { databasePath } from '@/lib/env';
import { RENDER_VERSION, bodyMediaIds, renderBody, type BodyPicture } from '@/lib/rich-text/render';
import { prepareDatabase } from './database';

// npm run articles:rerender [-- --all]
// Bodies are rendered once per save; when the schema, the render or the sanitizer's policy changes
// (RENDER_VERSION in lib/rich-text/render.ts), this re-renders every stored document whose HTML is
// older, from its body_json. It runs while the site is up: the running server expires each changed
// article's cache through the invalidation outbox. The article's version and updated_at stay as they
// are: nothing editorial changed. Run it with the react-server condition (the package script does)
// so render.ts's 'server-only' guard lets it load.

const BATCH = 200;

function main() {
  const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
  prepareDatabase({ seed: false });
  const { sqlite, db } = openDatabase(databasePath());
  const started = performance.now();
  let rendered = 0;
  const failed: string[] = [];
  try {
    const stale = values.all
      ? isNotNull(articles.bodyJson)
      : and(isNotNull(articles.bodyJson), or(isNull(articles.renderVersion), lt(articles.renderVersion, RENDER_VERSION)));
    let lastId = 0;
    for (;;) {
      const rows = db
        .select({ id: articles.id, bodyJson: articles.bodyJson })
        .from(articles)
        .where(and(stale, gt(articles.id, lastId)))
        .orderBy(asc(articles.id))
        .limit(BATCH)
        .all();
      if (!rows.length) break;
      lastId = rows[rows.length - 1]!.id;
      for (const row of rows) {
        const json = row.bodyJson ?? '';
        const ids = bodyMediaIds(json);
        const pictures = new Map<string, BodyPicture>(
          ids.length ? db.select().from(media).where(inArray(media.id, ids)).all().map((m) => [m.id, m]) : [],
        );
        const result = renderBody(json, pictures);
        if (!result.ok) {
          failed.push(`#${row.id}: ${result.status} ${result.message}`);
          continue;
        }
        // One connection (better-sqlite3 is synchronous): the outbox row is inside the same transaction.
        db.transaction(() => {
          db.update(articles)
            .set({ bodyHtml: result.html, body: result.text, renderVersion: RENDER_VERSION })
            .where(eq(articles.id, row.id))
            .run();
          appendInvalidation(db, [cacheTags.article(row.id)]);
        });
        rendered++;
      }
    }
  } finally {
    sqlite.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Re-rendered ${rendered} article bodies to render version ${RENDER_VERSION} in ${seconds} s; ${failed.length} failed.`);
  for (const line of failed) console.log(`  failed ${line}`);
  if (failed.length) process.exitCode = 1;
}

main();
