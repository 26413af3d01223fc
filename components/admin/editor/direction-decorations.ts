import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockDirection } from '@/lib/rich-text/direction';
import { DIRECTED_BLOCKS } from '@/lib/rich-text/schema';

const directed = new Set<string>(DIRECTED_BLOCKS);

function decorate(state: EditorState): DecorationSet {
  const decorations: Decoration[] = [];
  state.doc.descendants((node, pos) => {
    if (!directed.has(node.type.name)) return node.type.name !== 'figure';
    // Every directed block gets its dir from a decoration (never removed, only changed), so the
    // editor shows each block in the direction readers will get (lib/rich-text/direction.ts).
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { dir: blockDirection(node.textContent) }));
    return true;
  });
  return DecorationSet.create(state.doc, decorations);
}

const key = new PluginKey<DecorationSet>('bodyDirection');

/** Blocks shown in the direction of most of their letters while typing, as the stored HTML will be. */
export const DirectionDecorations = Extension.create({
  name: 'directionDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state),
          apply: (tr, previous, _old, state) => (tr.docChanged ? decorate(state) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
