import 'server-only';
import { commentPath } from '@/lib/urls';
import { pageOfComment } from './paging';
import { loadThreads } from './thread-pages';

type Article = { id: number; slug: string };
type Target = { article: Article; commentId: number };

/**
 * Each comment's permalink (`#comment-<id>`) on the comment page that holds its thread; one read per
 * article. A comment readers cannot see (pending, hidden) links to the article's first page.
 */
export async function commentPermalinks(targets: readonly Target[]): Promise<Map<number, string>> {
  const articleIds = [...new Set(targets.map((t) => t.article.id))];
  const threads = new Map(await Promise.all(articleIds.map(async (id) => [id, await loadThreads(id)] as const)));
  return new Map(
    targets.map(({ article, commentId }) => {
      const { threads: roots, perPage } = threads.get(article.id)!;
      return [commentId, commentPath(article, commentId, pageOfComment(roots, commentId, perPage) ?? 1)];
    }),
  );
}

export async function commentPermalink(article: Article, commentId: number): Promise<string> {
  return (await commentPermalinks([{ article, commentId }])).get(commentId)!;
}
