import { ReactNodeViewRenderer } from '@tiptap/react';
import { Embed, Figure, bodyExtensions } from '@/lib/rich-text/schema';
import { DirectionDecorations } from './direction-decorations';
import { EmbedView } from './embed-view';
import { FigureView } from './figure-view';

/** The body's schema (shared with the server render) plus what only the editor needs: node views, direction while typing. */
export function editorExtensions() {
  return [
    ...bodyExtensions().filter((extension) => extension.name !== 'figure' && extension.name !== 'embed'),
    Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
    Embed.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) }),
    DirectionDecorations,
  ];
}
