'use client';

import { useId, useState } from 'react';

export type Cover = { id: string; src: string; width: number; height: number } | null;

type Props = {
  cover: Cover;
  alt: string;
  caption: string;
  onCover: (cover: Cover) => void;
  onAlt: (alt: string) => void;
  onCaption: (caption: string) => void;
  errors: { coverMediaId?: string; coverAlt?: string };
};

type Uploaded = { id: string; width: number; height: number; src: string; srcSet?: string; alt?: string };

/** The cover picture: uploaded to POST /api/admin/media (field `file`), with its alt text and caption. */
export function CoverPicker({ cover, alt, caption, onCover, onAlt, onCaption, errors }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function upload(file: File) {
    setBusy(true);
    setUploadError(null);
    try {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch('/api/admin/media', { method: 'POST', body });
      const data = (await response.json().catch(() => ({}))) as Partial<Uploaded> & { message?: string };
      if (!response.ok || !data.id || !data.src) {
        setUploadError(data.message ?? 'تعذّر رفع الصورة. حاول مرة أخرى.');
        return;
      }
      onCover({ id: data.id, src: data.src, width: data.width ?? 0, height: data.height ?? 0 });
      if (!alt && data.alt) onAlt(data.alt);
    } catch {
      setUploadError('تعذّر الاتصال بالخادم لرفع الصورة. تحقّق من الاتصال وحاول مرة أخرى.');
    } finally {
      setBusy(false);
    }
  }

  const error = uploadError ?? errors.coverMediaId;
  return (
    <fieldset className="article-cover">
      <legend>صورة الغلاف</legend>
      <input type="hidden" name="coverMediaId" value={cover?.id ?? ''} />
      {cover && (
        // eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variants
        <img className="article-cover__preview" src={cover.src} alt={alt} width={cover.width || undefined} height={cover.height || undefined} />
      )}
      <div className="admin-field">
        <label htmlFor={`${id}-file`}>{cover ? 'استبدال الصورة' : 'رفع صورة'}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = '';
          }}
        />
        <p id={`${id}-file-hint`} className="field__hint" aria-live="polite">
          {busy ? 'جارٍ رفع الصورة…' : 'JPEG أو PNG أو WebP أو GIF أو AVIF، حتى ١٠ ميغابايت.'}
        </p>
        {error && <p className="field__error">{error}</p>}
      </div>
      {cover && (
        <>
          <div className="admin-field">
            <label htmlFor={`${id}-alt`}>النص البديل (وصف الصورة)</label>
            <input id={`${id}-alt`} name="coverAlt" value={alt} onChange={(e) => onAlt(e.target.value)} dir="auto" maxLength={300} aria-invalid={errors.coverAlt ? true : undefined} />
            {errors.coverAlt && <p className="field__error">{errors.coverAlt}</p>}
          </div>
          <div className="admin-field">
            <label htmlFor={`${id}-caption`}>التعليق تحت الصورة</label>
            <input id={`${id}-caption`} name="coverCaption" value={caption} onChange={(e) => onCaption(e.target.value)} dir="auto" maxLength={300} />
          </div>
          <button type="button" className="admin-button admin-button--small" onClick={() => onCover(null)}>
            إزالة صورة الغلاف
          </button>
        </>
      )}
    </fieldset>
  );
}
