'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { EmbedAttrs } from '@/lib/rich-text/schema';
import { editorText } from './messages';

/** A YouTube or X embed in the editor: a card with its link (readers get the same, click-to-load). */
export function EmbedView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const { provider, url } = node.attrs as EmbedAttrs;
  return (
    <NodeViewWrapper
      className={`body-editor__embed body-editor__embed--${provider}${selected ? ' is-selected' : ''}`}
      contentEditable={false}
      data-drag-handle
    >
      <strong>{provider === 'youtube' ? editorText.embedYoutube : editorText.embedX}</strong>
      <a href={url} target="_blank" rel="noopener noreferrer" dir="ltr">
        {url}
      </a>
      <small>{editorText.embedHint}</small>
      <button type="button" className="body-editor__remove" onClick={deleteNode}>
        {editorText.embedRemove}
      </button>
    </NodeViewWrapper>
  );
}
