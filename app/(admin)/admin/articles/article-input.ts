import 'server-only';
import type { ArticleForEdit, ArticleWrite } from '@/db/queries/article-edit';
import { findMediaByIds } from '@/db/queries/media';
import type { ArticleStatus } from '@/db/schema';
import { newsroomMessages } from '@/lib/admin/messages';
import { env } from '@/lib/env';
import { parseLocalTime, resolvePublishTime } from '@/lib/newsroom/publish-time';
import { articleSlug } from '@/lib/newsroom/slug';
import { bodyMediaIds, RENDER_VERSION, renderBody } from '@/lib/rich-text/render';
import type { ArticleForm } from '@/lib/validation/article';

type Built = { ok: true; write: ArticleWrite } | { ok: false; status: number; message: string; field: string };

/**
 * The row an article form becomes: the body rendered once (sanitized HTML, text, pictures), the
 * slug, the publication time checked against its status. `existing` is the article as saved.
 */
export async function buildArticleWrite(
  form: ArticleForm,
  status: ArticleStatus,
  authorId: number | null,
  existing: ArticleForEdit | null,
  now: Date,
): Promise<Built> {
  let chosen: Date | null = null;
  if (form.publishedAt.trim()) {
    chosen = parseLocalTime(form.publishedAt.trim(), env().SITE_TIME_ZONE);
    if (!chosen) return { ok: false, status: 422, message: newsroomMessages.badTime, field: 'publishedAt' };
  }
  const time = resolvePublishTime(status, chosen, existing?.publishedAt ?? null, now);
  if (!time.ok) return { ok: false, status: 422, message: time.message, field: 'publishedAt' };

  let body = { body: existing?.body ?? '', bodyJson: existing?.bodyJson ?? null, bodyHtml: existing?.bodyHtml ?? null, renderVersion: existing?.renderVersion ?? null, mediaIds: [] as string[] };
  if (form.bodyJson.trim()) {
    const ids = bodyMediaIds(form.bodyJson);
    const rendered = renderBody(form.bodyJson, await findMediaByIds(ids));
    if (!rendered.ok) return { ok: false, status: rendered.status, message: rendered.message, field: 'bodyJson' };
    body = { body: rendered.text, bodyJson: form.bodyJson, bodyHtml: rendered.html, renderVersion: RENDER_VERSION, mediaIds: rendered.mediaIds };
  } else if (existing?.bodyJson) {
    body = { ...body, mediaIds: bodyMediaIds(existing.bodyJson) };
  }

  const coverMediaId = form.coverMediaId || null;
  if (coverMediaId && !(await findMediaByIds([coverMediaId])).has(coverMediaId)) {
    return { ok: false, status: 422, message: newsroomMessages.unknownCover, field: 'coverMediaId' };
  }
  return {
    ok: true,
    write: {
      title: form.title,
      excerpt: form.excerpt,
      slug: articleSlug(form.slug, form.title),
      ...body,
      mediaIds: [...body.mediaIds, ...(coverMediaId ? [coverMediaId] : [])],
      coverMediaId,
      coverAlt: coverMediaId ? form.coverAlt : '',
      coverCaption: coverMediaId ? form.coverCaption : '',
      sectionId: form.sectionId,
      authorId,
      tagNames: form.tags,
      status,
      publishedAt: time.at,
      commentsOpen: form.commentsOpen === 'on',
    },
  };
}
