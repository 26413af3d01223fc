import { describe, expect, it } from 'vitest';
import { pagedTitle, pagePosition } from '@/lib/arabic/paging';
import { commentPageCount, pageOfComment, threadsOnPage } from '@/lib/comments/paging';
import { buildThreads } from '@/lib/comments/thread';
import { parseCommentPageParam } from '@/lib/page-param';
import { commentPagePath, commentPath } from '@/lib/urls';

type C = { id: number; parentId: number | null };
const c = (id: number, parentId: number | null = null): C => ({ id, parentId });
/** Roots 1…n, oldest first, and a reply to each root (id 1000 + root), then one to that reply. */
function comments(n: number): C[] {
  const roots = Array.from({ length: n }, (_, i) => c(i + 1));
  const replies = roots.map((r) => c(1000 + r.id, r.id));
  return [...roots, ...replies, c(5000, 1001)];
}
const ids = (threads: { id: number }[]) => threads.map((t) => t.id);

describe('comment pages', () => {
  it('count pages of top-level threads, at least one, and one when paging is off', () => {
    expect(commentPageCount(0, 50)).toBe(1);
    expect(commentPageCount(50, 50)).toBe(1);
    expect(commentPageCount(51, 50)).toBe(2);
    expect(commentPageCount(120, 50)).toBe(3);
    expect(commentPageCount(500, 0)).toBe(1);
  });

  it('slice the threads of one page, oldest first, each with its replies', () => {
    const threads = buildThreads(comments(120), 5);
    expect(ids(threadsOnPage(threads, 1, 50))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const second = threadsOnPage(threads, 2, 50);
    expect(ids(second)).toEqual(Array.from({ length: 50 }, (_, i) => i + 51));
    expect(ids(second[0]!.replies)).toEqual([1051]);
    expect(ids(threadsOnPage(threads, 3, 50))).toEqual(Array.from({ length: 20 }, (_, i) => i + 101));
    expect(threadsOnPage(threads, 4, 50)).toEqual([]);
  });

  it('show every thread on the first page when paging is off', () => {
    const threads = buildThreads(comments(120), 5);
    expect(threadsOnPage(threads, 1, 0)).toHaveLength(120);
    expect(threadsOnPage(threads, 2, 0)).toEqual([]);
  });

  it('find the page holding a comment by its root thread, at any depth', () => {
    const threads = buildThreads(comments(120), 5);
    expect(pageOfComment(threads, 1, 50)).toBe(1);
    expect(pageOfComment(threads, 50, 50)).toBe(1);
    expect(pageOfComment(threads, 51, 50)).toBe(2);
    expect(pageOfComment(threads, 1075, 50)).toBe(2);
    expect(pageOfComment(threads, 120, 50)).toBe(3);
    // A reply to a reply of the first thread stays on page 1.
    expect(pageOfComment(threads, 5000, 50)).toBe(1);
    expect(pageOfComment(threads, 5000, 0)).toBe(1);
    expect(pageOfComment(threads, 999, 50)).toBeNull();
  });

  it('count a reply whose parent is hidden as a thread of its own, where buildThreads puts it', () => {
    const threads = buildThreads([c(1), c(2), c(3, 99), c(4, 1)], 5);
    expect(ids(threads)).toEqual([1, 2, 3]);
    expect(pageOfComment(threads, 3, 2)).toBe(2);
    expect(pageOfComment(threads, 4, 2)).toBe(1);
    // With a depth of one every comment is a thread.
    expect(pageOfComment(buildThreads([c(1), c(2), c(3, 1)], 1), 3, 2)).toBe(2);
  });
});

describe('comment page URLs', () => {
  const article = { id: 7, slug: 'خبر-عاجل' };

  it('are the article for page 1 and …/comment-page-N after it', () => {
    expect(commentPagePath(article, 1)).toBe(`/news/7/${encodeURIComponent('خبر-عاجل')}`);
    expect(commentPagePath(article, 3)).toBe(`/news/7/${encodeURIComponent('خبر-عاجل')}/comment-page-3`);
    expect(commentPath(article, 42, 3)).toBe(`/news/7/${encodeURIComponent('خبر-عاجل')}/comment-page-3#comment-42`);
    expect(commentPath(article, 42)).toBe(`/news/7/${encodeURIComponent('خبر-عاجل')}#comment-42`);
  });

  it('read back only the exact comment-page-N segment', () => {
    expect(parseCommentPageParam(commentPagePath(article, 12).split('/').pop()!)).toBe(12);
    expect(parseCommentPageParam('comment-page-1')).toBe(1);
    expect(parseCommentPageParam('comment-page-999999')).toBe(999999);
    for (const bad of ['comment-page-0', 'comment-page-02', 'comment-page-1000000', 'comment-page-', 'comment-page-2x', 'page-2', '2', 'reply']) {
      expect(parseCommentPageParam(bad), bad).toBeNull();
    }
  });

  it('title and place a page in Arabic-Indic digits, as the archives do', () => {
    expect(pagedTitle('التعليقات على «خبر»', 1)).toBe('التعليقات على «خبر»');
    expect(pagedTitle('التعليقات على «خبر»', 2)).toBe('التعليقات على «خبر» — الصفحة ٢');
    expect(pagePosition(2, 12)).toBe('الصفحة ٢ من ١٢');
  });
});
