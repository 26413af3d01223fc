'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BODY_MAX_BYTES, isSafeHref, normalizeHref } from '@/lib/rich-text/doc';
import { parseEmbedUrl } from '@/lib/rich-text/embeds';
import { cleanPastedHtml, unwrapGoogleRedirect } from '@/lib/rich-text/paste';
import { editorExtensions } from './extensions';
import { editorText, skippedImagesNotice } from './messages';
import { Toolbar, type Panel } from './toolbar';
import { uploadPicture } from './upload';
import { UrlPanel } from './url-panel';
import './body-editor.css';

export type BodyEditorProps = {
  /** Name of the hidden input carrying the document JSON, kept in sync with every change. */
  name: string;
  initialJson: string | null;
  /** Used when initialJson is null: seed articles (htmlFromParagraphs) and imported ones. */
  initialHtml: string | null;
  /** Every change (the caller debounces for autosave). */
  onChange?: (json: string) => void;
  /** '/api/admin/media': POST multipart `file` → 201 { id, width, height, src, srcSet, alt } or 4xx { message }. */
  uploadUrl: string;
  labelledBy?: string;
  invalid?: boolean;
};

type Notice = { kind: 'error' | 'info'; text: string };

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

function initialContent(json: string | null, html: string | null) {
  if (json) {
    try {
      return JSON.parse(json) as object;
    } catch {
      // Fall back to the HTML (or an empty body) rather than losing the screen.
    }
  }
  return html ?? '';
}

function tooLarge(json: string): boolean {
  // A UTF-16 unit is at most 3 bytes of UTF-8: count bytes only when it could matter.
  return json.length * 3 > BODY_MAX_BYTES && new TextEncoder().encode(json).length > BODY_MAX_BYTES;
}

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

/** The article body's rich-text editor (TipTap): RTL, Arabic toolbar, pictures, embeds, clean paste. */
export function BodyEditor({ name, initialJson, initialHtml, onChange, uploadUrl, labelledBy, invalid }: BodyEditorProps) {
  const [json, setJson] = useState(initialJson ?? '');
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  async function upload(files: File[], at?: number) {
    const editor = editorRef.current;
    if (!editor || !files.length) return;
    setUploading(true);
    setNotice({ kind: 'info', text: editorText.uploading });
    let failure: string | null = null;
    let position = at;
    for (const file of files) {
      const result = await uploadPicture(file, uploadUrl);
      if (!result.ok) {
        failure = result.message;
        continue;
      }
      const { id, src, width, height, alt } = result.picture;
      const figure = { type: 'figure', attrs: { mediaId: id, src, width, height, alt } };
      const chain = editor.chain().focus();
      (position === undefined ? chain.insertContent(figure) : chain.insertContentAt(position, figure)).run();
      position = undefined;
    }
    setUploading(false);
    setNotice(failure ? { kind: 'error', text: failure } : null);
  }
  const uploadRef = useRef(upload);
  useEffect(() => {
    uploadRef.current = upload;
  });

  const [extensions] = useState(editorExtensions);
  const [content] = useState(() => initialContent(initialJson, initialHtml));

  // Stable between renders (useEditor re-applies options whose identity changes): only `invalid`
  // and `labelledBy` change it; the handlers read refs and state setters.
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'body-editor__content',
        dir: 'rtl',
        lang: 'ar',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': editorText.editorLabel }),
        'aria-invalid': invalid ? 'true' : 'false',
      },
      transformPastedHTML: (html: string) => {
        const cleaned = cleanPastedHtml(html);
        if (cleaned.skippedImages) setNotice({ kind: 'info', text: skippedImagesNotice(cleaned.skippedImages) });
        return cleaned.html;
      },
      handlePaste: (view: EditorView, event: ClipboardEvent) => {
        const data = event.clipboardData;
        const text = data?.getData('text/plain').trim() ?? '';
        const html = data?.getData('text/html') ?? '';
        // A bare YouTube or X link pasted on its own line becomes an embed.
        const embed = text && !/\s/.test(text) && view.state.selection.empty ? parseEmbedUrl(text) : null;
        if (embed) {
          editorRef.current?.chain().focus().insertContent({ type: 'embed', attrs: embed }).run();
          return true;
        }
        // A picture pasted alone (a screenshot) is uploaded; Word also puts an image of the text
        // on the clipboard beside the HTML, which is ignored.
        const files = imageFiles(data?.files);
        if (files.length && !text && !html) {
          void uploadRef.current(files);
          return true;
        }
        return false;
      },
      handleDrop: (view: EditorView, event: DragEvent, _slice: unknown, moved: boolean) => {
        const files = moved ? [] : imageFiles(event.dataTransfer?.files);
        if (!files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void uploadRef.current(files, at);
        return true;
      },
    }),
    [invalid, labelledBy],
  );

  const editor = useEditor({
    extensions,
    content,
    immediatelyRender: false,
    editorProps,
    onCreate: ({ editor: created }) => {
      editorRef.current = created;
      setJson(JSON.stringify(created.getJSON()));
    },
    onUpdate: ({ editor: updated }) => {
      const next = JSON.stringify(updated.getJSON());
      setJson(next);
      if (tooLarge(next)) setNotice({ kind: 'error', text: editorText.tooLarge });
      onChangeRef.current?.(next);
    },
    onDestroy: () => {
      editorRef.current = null;
    },
  });

  const closePanel = () => {
    setPanel(null);
    editor?.commands.focus();
  };

  const applyLink = (value: string): string | null => {
    if (!editor) return null;
    const href = unwrapGoogleRedirect(normalizeHref(value));
    if (!href) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
    } else if (!isSafeHref(href)) {
      return editorText.linkInvalid;
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    setPanel(null);
    return null;
  };

  const insertEmbed = (value: string): string | null => {
    const embed = parseEmbedUrl(value);
    if (!embed) return editorText.embedInvalid;
    editor?.chain().focus().insertContent({ type: 'embed', attrs: embed }).run();
    setPanel(null);
    return null;
  };

  return (
    <div className={`body-editor${invalid ? ' is-invalid' : ''}`}>
      {editor ? (
        <Toolbar
          editor={editor}
          panel={panel}
          onPanel={setPanel}
          onPickImage={() => fileInput.current?.click()}
          uploading={uploading}
        />
      ) : (
        <div className="body-editor__toolbar" aria-hidden="true" />
      )}
      {editor && panel === 'link' && (
        <UrlPanel
          key="link"
          label={editorText.linkLabel}
          placeholder={editorText.linkPlaceholder}
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          submitLabel={editorText.linkApply}
          onSubmit={applyLink}
          onClose={closePanel}
          extra={
            editor.isActive('link')
              ? { label: editorText.linkRemove, onClick: () => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), setPanel(null)) }
              : undefined
          }
        />
      )}
      {editor && panel === 'embed' && (
        <UrlPanel
          key="embed"
          label={editorText.embedLabel}
          placeholder={editorText.embedPlaceholder}
          initial=""
          submitLabel={editorText.embedInsert}
          onSubmit={insertEmbed}
          onClose={closePanel}
        />
      )}
      {notice && (
        <p className={`body-editor__notice body-editor__notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <EditorContent editor={editor} className="body-editor__surface" />
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label={editorText.uploadChoose}
        onChange={(event) => {
          const files = imageFiles(event.target.files);
          event.target.value = '';
          void upload(files);
        }}
      />
      <input type="hidden" name={name} value={json} />
    </div>
  );
}
