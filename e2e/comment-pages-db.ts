import { e2eDatabase } from './db';
import { insertApprovedComments, insertProbeArticle, insertUsers } from './xss-db';

// Articles with many approved comments for the comment-page tests, stored behind the app's back
// before any page of theirs is rendered (a year old: in no list another test reads).

const body = Array.from({ length: 12 }, (_, i) => `الفقرة ${i + 1} من خبر طويل له تعليقات كثيرة يقرؤها الناس على صفحات.`).join('\n\n');

export type Threads = { id: number; path: string; slug: string; roots: number[]; replies: Map<number, number>; total: number };

/**
 * An article with `roots` top-level comments, oldest first, and one reply to each of the roots
 * numbered in `repliedTo` (1-based); every article built with the same numbers has the same text.
 */
export function insertThreads(name: string, roots: number, repliedTo: number[]): Threads {
  const run = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const slug = `تعليقات-كثيرة-${run}`;
  const article = insertProbeArticle({ slug, title: `خبر بتعليقات كثيرة ${run}`, excerpt: 'مقتطف الخبر', body });
  const [reader, replier] = insertUsers([
    { name: 'قارئ دائم', email: `paging-reader-${run}@example.com` },
    { name: 'سلمى', email: `paging-replier-${run}@example.com` },
  ]);
  const rootIds = insertApprovedComments(
    article.id,
    Array.from({ length: roots }, (_, i) => ({ userId: reader!, body: `التعليق رقم ${i + 1}: متابعة مهمة، شكراً لكم على التغطية.`, parentId: null })),
  );
  const replyIds = insertApprovedComments(
    article.id,
    repliedTo.map((n) => ({ userId: replier!, body: `ردّ على التعليق رقم ${n}: أوافقك الرأي.`, parentId: rootIds[n - 1]! })),
  );
  return {
    ...article,
    slug,
    roots: rootIds,
    replies: new Map(repliedTo.map((n, i) => [n, replyIds[i]!])),
    total: roots + repliedTo.length,
  };
}

/** An old WordPress address of the article, as the import keeps it (decoded, no trailing slash). */
export function insertLegacyArticlePath(path: string, articleId: number): void {
  const db = e2eDatabase();
  try {
    db.prepare("insert into legacy_paths (path, kind, target_id) values (?, 'article', ?)").run(path, articleId);
  } finally {
    db.close();
  }
}
