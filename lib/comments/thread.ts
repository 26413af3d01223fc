export type ThreadNode<T> = T & { replies: ThreadNode<T>[]; depth: number };

/**
 * Nests comments under their parents, oldest first. A reply deeper than `maxDepth` attaches at
 * the deepest level (WordPress's behaviour); a reply whose parent is not in the list (hidden or
 * deleted) is shown at the top level rather than lost.
 */
export function buildThreads<T extends { id: number; parentId: number | null }>(
  items: readonly T[],
  maxDepth: number,
): ThreadNode<T>[] {
  const nodes = new Map<number, ThreadNode<T>>();
  for (const item of items) nodes.set(item.id, { ...item, replies: [], depth: 1 });
  const roots: ThreadNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(item.id)!;
    let parent = item.parentId === null ? undefined : nodes.get(item.parentId);
    if (!parent || parent === node || maxDepth <= 1) {
      roots.push(node);
      continue;
    }
    while (parent.depth >= maxDepth) {
      const grandParent: ThreadNode<T> | undefined =
        parent.parentId === null ? undefined : nodes.get(parent.parentId);
      if (!grandParent) break;
      parent = grandParent;
    }
    node.depth = Math.min(parent.depth + 1, maxDepth);
    parent.replies.push(node);
  }
  return roots;
}

/** Every comment of `nodes`, each followed by its replies (the order they are shown in). */
export function flattenThreads<T>(nodes: readonly ThreadNode<T>[]): ThreadNode<T>[] {
  return nodes.flatMap((n) => [n, ...flattenThreads(n.replies)]);
}
