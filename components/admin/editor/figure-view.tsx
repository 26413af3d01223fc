'use client';

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import type { FigureAttrs } from '@/lib/rich-text/schema';
import { editorText } from './messages';

/** A body picture in the editor: the preview, its alt text, and the caption edited in place. */
export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { src, alt, width, height } = node.attrs as FigureAttrs;
  const altId = useId();
  return (
    <NodeViewWrapper as="figure" className={`body-editor__figure${selected ? ' is-selected' : ''}`}>
      <div className="body-editor__figure-tools" contentEditable={false} data-drag-handle>
        {src ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of our own upload, not a reader page
          <img src={src} alt={alt} width={width ?? undefined} height={height ?? undefined} draggable={false} />
        ) : (
          <p className="body-editor__figure-missing">{editorText.figureMissing}</p>
        )}
        <label htmlFor={altId}>{editorText.figureAlt}</label>
        <input
          id={altId}
          type="text"
          dir="auto"
          maxLength={300}
          value={alt}
          placeholder={editorText.figureAltPlaceholder}
          onChange={(event) => updateAttributes({ alt: event.target.value })}
          onKeyDown={(event) => {
            // The editor sits inside the article's form: Enter must not submit it.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <button type="button" className="body-editor__remove" onClick={deleteNode}>
          {editorText.figureRemove}
        </button>
      </div>
      <NodeViewContent<'figcaption'>
        as="figcaption"
        className="body-editor__caption"
        data-placeholder={editorText.figureCaption}
        dir="auto"
      />
    </NodeViewWrapper>
  );
}
