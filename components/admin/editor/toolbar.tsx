'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { editorText } from './messages';

export type Panel = 'link' | 'embed' | null;

type Props = {
  editor: Editor;
  panel: Panel;
  onPanel: (panel: Panel) => void;
  onPickImage: () => void;
  uploading: boolean;
};

// A tool's name is its text (WCAG "label in name": what is seen is what is said); marks and
// abbreviations are hidden from screen readers, which hear the whole label instead.
function ToolButton(props: { label: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode; className?: string }) {
  return (
    <button
      type="button"
      className={`body-editor__tool${props.className ? ` ${props.className}` : ''}`}
      title={props.label}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      // Keep the selection in the text while clicking a tool.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

const levels = [2, 3, 4] as const;

/** The formatting tools above the body, in the order Arabic newsrooms know from WordPress. */
export function Toolbar({ editor, panel, onPanel, onPickImage, uploading }: Props) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: levels.find((level) => e.isActive('heading', { level })) ?? null,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="body-editor__toolbar" role="toolbar" aria-label={editorText.toolbar}>
      <div className="body-editor__group">
        {levels.map((level) => (
          <ToolButton
            key={level}
            label={editorText.heading(level)}
            pressed={state.heading === level}
            onClick={() => chain().toggleHeading({ level }).run()}
          >
            <span aria-hidden="true">{editorText.headingShort(level)}</span>
            <span className="visually-hidden">{editorText.heading(level)}</span>
          </ToolButton>
        ))}
      </div>
      <div className="body-editor__group">
        <ToolButton label={editorText.bold} pressed={state.bold} onClick={() => chain().toggleBold().run()} className="is-bold">
          {editorText.bold}
        </ToolButton>
        <ToolButton label={editorText.italic} pressed={state.italic} onClick={() => chain().toggleItalic().run()} className="is-italic">
          {editorText.italic}
        </ToolButton>
      </div>
      <div className="body-editor__group">
        <ToolButton label={editorText.bulletList} pressed={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          <span aria-hidden="true">• </span>
          {editorText.bulletList}
        </ToolButton>
        <ToolButton label={editorText.orderedList} pressed={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          <span aria-hidden="true">١. </span>
          {editorText.orderedList}
        </ToolButton>
        <ToolButton label={editorText.quote} pressed={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          <span aria-hidden="true">« </span>
          {editorText.quote}
          <span aria-hidden="true"> »</span>
        </ToolButton>
      </div>
      <div className="body-editor__group">
        <ToolButton label={editorText.link} pressed={state.link || panel === 'link'} onClick={() => onPanel(panel === 'link' ? null : 'link')}>
          {editorText.link}
        </ToolButton>
        <ToolButton label={editorText.image} disabled={uploading} onClick={onPickImage}>
          {editorText.image}
        </ToolButton>
        <ToolButton label={editorText.embed} pressed={panel === 'embed'} onClick={() => onPanel(panel === 'embed' ? null : 'embed')}>
          {editorText.embed}
        </ToolButton>
      </div>
      <div className="body-editor__group">
        <ToolButton label={editorText.undo} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          {editorText.undo}
        </ToolButton>
        <ToolButton label={editorText.redo} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          {editorText.redo}
        </ToolButton>
      </div>
    </div>
  );
}
