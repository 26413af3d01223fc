import type { ArticleStatus, CommentStatus } from '@/db/schema';

// What an import did, kept as JSON in import_runs.summary and printed by the CLI.

export type ImportFailure = { wpId: number | null; line: number; reason: string };

export type ImportSummary = {
  file: string;
  site: string;
  dryRun: boolean;
  elapsedMs: number;
  bytes: number;
  items: number;
  posts: { imported: number; updated: number; unchanged: number; keptLocalEdit: number; byStatus: Record<ArticleStatus, number> };
  comments: { imported: number; unchanged: number; byStatus: Record<CommentStatus, number>; skipped: Record<string, number> };
  sections: { created: number };
  tags: { created: number };
  authors: { created: number; linkedToAccounts: number };
  /** Items that are not articles, by WordPress type or status (page, attachment, trash…). */
  skipped: Record<string, number>;
  failedCount: number;
  failed: ImportFailure[];
  /** Errors outside any item (the file cut short, a stray tag between items). */
  xmlErrors: { line: number; message: string }[];
  notes: { wpId: number; message: string }[];
  shortcodesDropped: Record<string, number>;
  externalImages: { count: number; sample: string[] };
  /** Featured images kept only as a reference: there is no file to make a picture from. */
  featuredImages: { count: number; sample: { postId: number; url: string }[] };
  pages: { count: number; sample: { id: number; title: string; link: string }[] };
  legacyPaths: number;
};

export const SAMPLE_SIZE = 50;
export const FAILURE_LIMIT = 500;

export function emptySummary(file: string, dryRun: boolean): ImportSummary {
  return {
    file,
    site: '',
    dryRun,
    elapsedMs: 0,
    bytes: 0,
    items: 0,
    posts: { imported: 0, updated: 0, unchanged: 0, keptLocalEdit: 0, byStatus: { draft: 0, review: 0, scheduled: 0, published: 0 } },
    comments: { imported: 0, unchanged: 0, byStatus: { approved: 0, pending: 0, spam: 0, trash: 0 }, skipped: {} },
    sections: { created: 0 },
    tags: { created: 0 },
    authors: { created: 0, linkedToAccounts: 0 },
    skipped: {},
    failedCount: 0,
    failed: [],
    xmlErrors: [],
    notes: [],
    shortcodesDropped: {},
    externalImages: { count: 0, sample: [] },
    featuredImages: { count: 0, sample: [] },
    pages: { count: 0, sample: [] },
    legacyPaths: 0,
  };
}

export const bump = (counts: Record<string, number>, key: string, by = 1) => void (counts[key] = (counts[key] ?? 0) + by);

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

/** The summary as the CLI prints it. */
export function formatSummary(s: ImportSummary): string {
  const lines = [
    `${s.dryRun ? 'Dry run (nothing was saved)' : 'Import finished'}: ${s.file} (${s.site || 'unknown site'}), ${s.items} items in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  articles: ${s.posts.imported} imported, ${s.posts.updated} updated, ${s.posts.unchanged} unchanged, ${s.posts.keptLocalEdit} kept (edited here since)` +
      ` — ${list(s.posts.byStatus)}`,
    `  comments: ${s.comments.imported} imported, ${s.comments.unchanged} unchanged — ${list(s.comments.byStatus)}; skipped: ${list(s.comments.skipped)}`,
    `  sections created ${s.sections.created}, tags created ${s.tags.created}, authors created ${s.authors.created} (${s.authors.linkedToAccounts} linked to accounts)`,
    `  skipped items: ${list(s.skipped)}`,
    `  old links kept: ${s.legacyPaths}`,
    `  shortcodes removed: ${list(s.shortcodesDropped)}`,
    `  external images kept as links: ${s.externalImages.count}`,
    ...s.externalImages.sample.slice(0, 10).map((url) => `    ${url}`),
    `  featured images not imported (no file): ${s.featuredImages.count}`,
    ...s.featuredImages.sample.slice(0, 10).map((f) => `    post ${f.postId}: ${f.url}`),
  ];
  if (s.pages.count) {
    lines.push(`  pages skipped (Khabar has no pages yet): ${s.pages.count}`, ...s.pages.sample.slice(0, 10).map((p) => `    #${p.id} ${p.title} ${p.link}`));
  }
  for (const note of s.notes.slice(0, 20)) lines.push(`  note: post ${note.wpId}: ${note.message}`);
  for (const e of s.xmlErrors) lines.push(`  XML: ${e.message}`);
  lines.push(`  failed: ${s.failedCount}`);
  for (const f of s.failed.slice(0, 50)) lines.push(`    line ${f.line}${f.wpId !== null ? `, item ${f.wpId}` : ''}: ${f.reason}`);
  return lines.join('\n');
}
