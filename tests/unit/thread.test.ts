import { describe, expect, it } from 'vitest';
import { buildThreads, type ThreadNode } from '@/lib/comments/thread';

type C = { id: number; parentId: number | null };
const c = (id: number, parentId: number | null = null): C => ({ id, parentId });
const shape = (nodes: ThreadNode<C>[]): unknown => nodes.map((n) => [n.id, n.depth, shape(n.replies)]);

describe('buildThreads', () => {
  it('nests replies under their parents in the given (oldest-first) order', () => {
    const threads = buildThreads([c(1), c(2), c(3, 1), c(4, 3), c(5, 1)], 5);
    expect(shape(threads)).toEqual([
      [1, 1, [[3, 2, [[4, 3, []]]], [5, 2, []]]],
      [2, 1, []],
    ]);
  });

  it('attaches replies deeper than the limit at the deepest level', () => {
    const chain = [c(1), c(2, 1), c(3, 2), c(4, 3)];
    const threads = buildThreads(chain, 3);
    expect(shape(threads)).toEqual([[1, 1, [[2, 2, [[3, 3, []], [4, 3, []]]]]]]);
  });

  it('shows a reply whose parent is hidden at the top level', () => {
    expect(shape(buildThreads([c(1), c(7, 99)], 5))).toEqual([
      [1, 1, []],
      [7, 1, []],
    ]);
  });

  it('keeps everything flat with a depth of one', () => {
    expect(shape(buildThreads([c(1), c(2, 1)], 1))).toEqual([
      [1, 1, []],
      [2, 1, []],
    ]);
  });
});
