'use client';

import { startTransition, useActionState, useState } from 'react';
import { saveArticleAction } from '@/app/(admin)/admin/articles/save-action';
import { BodyEditor } from '@/components/admin/editor/body-editor';
import type { ArticleStatus } from '@/db/schema';
import { articleStatusLabels } from '@/lib/admin/messages';
import { slugify } from '@/lib/arabic/slugify';
import type { ArticleFormState } from '@/lib/newsroom/form-state';
import { articlePath } from '@/lib/urls';
import { CoverPicker, type Cover } from './cover-picker';
import { TagPicker } from './tag-picker';
import { useAutosave } from './use-autosave';

export type ArticleFormValues = {
  title: string;
  excerpt: string;
  slug: string;
  sectionId: string;
  authorId: string;
  tags: string[];
  cover: Cover;
  coverAlt: string;
  coverCaption: string;
  commentsOpen: boolean;
  status: ArticleStatus;
  publishedAt: string;
};

type Props = {
  articleId: number | null;
  version: number;
  values: ArticleFormValues;
  body: { json: string | null; html: string | null };
  sections: { id: number; name: string }[];
  /** null: the writer signs with their own author row (shown as `ownAuthor`). */
  authors: { id: number; name: string }[] | null;
  ownAuthor: string;
  statuses: readonly ArticleStatus[];
  tagNames: string[];
  timeZoneLabel: string;
  initial: ArticleFormState | null;
};

const statusHints: Record<ArticleStatus, string> = {
  draft: 'لا يراه القرّاء؛ تعود إليه متى شئت.',
  review: 'يظهر للمحرّرين في «بانتظار المراجعة» لينشروه.',
  scheduled: 'يُنشر وحده في موعد النشر المحدد.',
  published: 'يظهر للقرّاء الآن (أو بالتاريخ المحدد إن كان في الماضي).',
};

/** The editor screen's form: every field controlled, so nothing typed is lost whatever the answer. */
export function ArticleForm({ articleId, version: initialVersion, values: v, body, sections, authors, ownAuthor, statuses, tagNames, timeZoneLabel, initial }: Props) {
  const [state, formAction, pending] = useActionState(saveArticleAction, initial);
  const [title, setTitle] = useState(v.title);
  const [excerpt, setExcerpt] = useState(v.excerpt);
  const [slug, setSlug] = useState(v.slug);
  const [slugEdited, setSlugEdited] = useState(Boolean(articleId));
  const [sectionId, setSectionId] = useState(v.sectionId);
  const [authorId, setAuthorId] = useState(v.authorId);
  const [tags, setTags] = useState(v.tags);
  const [cover, setCover] = useState<Cover>(v.cover);
  const [coverAlt, setCoverAlt] = useState(v.coverAlt);
  const [coverCaption, setCoverCaption] = useState(v.coverCaption);
  const [commentsOpen, setCommentsOpen] = useState(v.commentsOpen);
  const [status, setStatus] = useState<ArticleStatus>(v.status);
  const [publishedAt, setPublishedAt] = useState(v.publishedAt);
  const [version, setVersion] = useState(initialVersion);
  const [bodyJson, setBodyJson] = useState(body.json ?? '');
  const [savedSlug, setSavedSlug] = useState(articleId ? v.slug : '');

  // A save answered: the form goes on from the new version (and the slug as the server made it).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok && state.version) setVersion(state.version);
    if (state?.ok && state.slug) {
      setSlug(state.slug);
      setSavedSlug(state.slug);
    }
  }

  const autosave = useAutosave(articleId, version, { title, excerpt, bodyJson });
  const errors = (state && !state.ok ? state.errors : undefined) ?? {};
  // Empty until there is a title: a form sent before the page's JavaScript runs leaves the slug to the server.
  const shownSlug = slugEdited ? slug : title ? slugify(title) : '';
  const describe = (field: string) => (errors[field] ? `article-${field}-error` : undefined);
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`article-${field}-error`} className="field__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      action={formAction}
      className="article-form"
      noValidate
      onSubmit={(event) => {
        // Dispatched by hand so React does not reset the form after the action (nothing typed is lost).
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {articleId && <input type="hidden" name="id" value={articleId} />}
      <input type="hidden" name="version" value={version} />
      <div className="admin-notice-slot" aria-live="polite">
        {state && (
          <p className={state.ok ? 'admin-notice' : 'admin-notice admin-notice--error'} role={state.ok ? 'status' : 'alert'} data-status={state.status}>
            {state.message}
          </p>
        )}
      </div>

      <div className="article-form__main">
        <div className="admin-field">
          <label htmlFor="article-title">العنوان</label>
          <input id="article-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={800} dir="auto" aria-invalid={errors.title ? true : undefined} aria-describedby={describe('title')} />
          {fieldError('title')}
        </div>
        <div className="admin-field">
          <label htmlFor="article-slug">المعرّف في الرابط</label>
          <input
            id="article-slug"
            name="slug"
            value={shownSlug}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value);
            }}
            dir="auto"
            aria-describedby="article-slug-hint"
          />
          <p id="article-slug-hint" className="field__hint">
            يُولَّد من العنوان، ويمكنك تعديله. الرابط يحمل رقم المقال، فالرابط القديم يحوّل إلى الجديد إذا تغيّر المعرّف.
            {savedSlug && articleId && (
              <>
                {' '}
                الرابط الحالي: <bdi dir="ltr">{articlePath({ id: articleId, slug: savedSlug })}</bdi>
              </>
            )}
          </p>
          {fieldError('slug')}
        </div>
        <div className="admin-field">
          <label htmlFor="article-excerpt">الملخّص</label>
          <textarea id="article-excerpt" name="excerpt" rows={3} value={excerpt} onChange={(e) => setExcerpt(e.target.value)} dir="auto" aria-invalid={errors.excerpt ? true : undefined} aria-describedby={describe('excerpt')} />
          {fieldError('excerpt')}
        </div>
        <div className="admin-field article-form__body">
          <span id="article-body-label" className="admin-field__label">
            نص المقال
          </span>
          <BodyEditor name="bodyJson" initialJson={body.json} initialHtml={body.html} onChange={setBodyJson} uploadUrl="/api/admin/media" labelledBy="article-body-label" invalid={Boolean(errors.bodyJson)} />
          {fieldError('bodyJson')}
          <p className="field__hint article-form__autosave" aria-live="polite" data-testid="autosave-status">
            {autosave.kind === 'saved'
              ? `حُفظت نسخة تلقائية الساعة ${autosave.at.toLocaleTimeString('ar-u-nu-arab', { hour: '2-digit', minute: '2-digit' })}.`
              : autosave.kind === 'failed'
                ? autosave.message
                : articleId
                  ? 'يُحفظ ما تكتبه تلقائياً أثناء الكتابة.'
                  : 'يبدأ الحفظ التلقائي بعد أول حفظ للمقال.'}
          </p>
        </div>
      </div>

      <div className="article-form__side">
        <fieldset className="article-status">
          <legend>الحالة</legend>
          {statuses.map((s) => (
            <label key={s} className="admin-check">
              <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} /> {articleStatusLabels[s]}
              <span className="field__hint"> — {statusHints[s]}</span>
            </label>
          ))}
          {fieldError('status')}
        </fieldset>
        <div className="admin-field">
          <label htmlFor="article-published-at">موعد النشر</label>
          <input id="article-published-at" name="publishedAt" type="datetime-local" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} aria-invalid={errors.publishedAt ? true : undefined} aria-describedby={`article-published-at-hint${errors.publishedAt ? ' article-publishedAt-error' : ''}`} />
          <p id="article-published-at-hint" className="field__hint">
            بتوقيت {timeZoneLabel}. للمقال المجدول: موعد بعد دقيقة على الأقل وخلال سنة. للمنشور: اتركه فارغاً للنشر الآن، أو اختر تاريخاً مضى.
          </p>
          {fieldError('publishedAt')}
        </div>
        <div className="admin-field">
          <label htmlFor="article-section">القسم</label>
          <select id="article-section" name="sectionId" value={sectionId} onChange={(e) => setSectionId(e.target.value)} aria-invalid={errors.sectionId ? true : undefined} aria-describedby={describe('sectionId')}>
            <option value="">اختر قسماً</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {fieldError('sectionId')}
        </div>
        {authors ? (
          <div className="admin-field">
            <label htmlFor="article-author">الكاتب</label>
            <select id="article-author" name="authorId" value={authorId} onChange={(e) => setAuthorId(e.target.value)} aria-invalid={errors.authorId ? true : undefined} aria-describedby={describe('authorId')}>
              <option value="">حسابي ({ownAuthor})</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {fieldError('authorId')}
          </div>
        ) : (
          <p className="article-form__author">
            الكاتب: <bdi>{ownAuthor}</bdi>
          </p>
        )}
        <TagPicker value={tags} onChange={setTags} suggestions={tagNames} error={errors.tags} />
        <CoverPicker
          cover={cover}
          alt={coverAlt}
          caption={coverCaption}
          onCover={setCover}
          onAlt={setCoverAlt}
          onCaption={setCoverCaption}
          errors={{ coverMediaId: errors.coverMediaId, coverAlt: errors.coverAlt }}
        />
        <label className="admin-check">
          <input type="checkbox" name="commentsOpen" checked={commentsOpen} onChange={(e) => setCommentsOpen(e.target.checked)} /> التعليقات مفتوحة على هذا المقال
        </label>
        <button type="submit" className="admin-button article-form__save" disabled={pending}>
          {pending ? 'جارٍ الحفظ…' : 'حفظ'}
        </button>
      </div>
    </form>
  );
}
