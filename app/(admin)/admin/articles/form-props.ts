import 'server-only';
import type { AccountUser } from '@/db/queries/users';
import { findOwnAuthor, listAuthorOptions, listTagNames, type ArticleForEdit } from '@/db/queries/article-edit';
import type { Autosave } from '@/db/queries/article-autosaves';
import { findMediaByIds } from '@/db/queries/media';
import { listSections } from '@/db/queries/taxonomy';
import type { ArticleFormValues } from '@/components/admin/articles/article-form';
import { env } from '@/lib/env';
import { imageAttributes } from '@/lib/media/variants';
import type { ArticleFormState } from '@/lib/newsroom/form-state';
import { choosesAuthor, statusChoices } from '@/lib/newsroom/policy';
import { formatLocalTime } from '@/lib/newsroom/publish-time';
import { htmlFromParagraphs } from '@/lib/rich-text/doc';
import { splitTagNames } from '@/lib/validation/article';

const zoneNames: Record<string, string> = { 'Asia/Beirut': 'بيروت', 'Asia/Riyadh': 'الرياض', 'Africa/Cairo': 'القاهرة', 'Asia/Dubai': 'دبي' };

/** Everything the editor screen's form needs, for a new article (null) or a saved one. */
export async function articleFormProps(user: AccountUser, article: ArticleForEdit | null, flash: ArticleFormState | null, autosave: Autosave | null) {
  const zone = env().SITE_TIME_ZONE;
  const [sections, authors, own, tagNames] = await Promise.all([
    listSections(),
    choosesAuthor(user) ? listAuthorOptions() : Promise.resolve(null),
    findOwnAuthor(user.id),
    listTagNames(),
  ]);
  const coverRow = article?.coverMediaId ? (await findMediaByIds([article.coverMediaId])).get(article.coverMediaId) : undefined;
  const cover = coverRow ? { id: coverRow.id, ...imageAttributes(coverRow, 480) } : null;
  const values: ArticleFormValues = {
    title: autosave?.title ?? article?.title ?? '',
    excerpt: autosave?.excerpt ?? article?.excerpt ?? '',
    slug: article?.slug ?? '',
    sectionId: article ? String(article.sectionId) : '',
    authorId: article && authors ? String(article.authorId) : '',
    tags: article?.tags.map((t) => t.name) ?? [],
    cover: cover && { id: cover.id, src: cover.src, width: cover.width, height: cover.height },
    coverAlt: article?.coverAlt ?? '',
    coverCaption: article?.coverCaption ?? '',
    commentsOpen: article?.commentsOpen ?? true,
    status: article?.status ?? 'draft',
    publishedAt: article?.publishedAt ? formatLocalTime(article.publishedAt, zone) : '',
  };
  // A post without JavaScript that came back refused: what was typed (the body stays as saved).
  const typed = flash && !flash.ok ? flash.values : undefined;
  if (typed) {
    Object.assign(values, {
      title: typed.title ?? values.title,
      excerpt: typed.excerpt ?? values.excerpt,
      slug: typed.slug ?? values.slug,
      sectionId: typed.sectionId ?? values.sectionId,
      authorId: typed.authorId ?? values.authorId,
      tags: typed.tags !== undefined ? splitTagNames(typed.tags) : values.tags,
      coverAlt: typed.coverAlt ?? values.coverAlt,
      coverCaption: typed.coverCaption ?? values.coverCaption,
      commentsOpen: typed.commentsOpen === 'on',
      publishedAt: typed.publishedAt ?? values.publishedAt,
    });
    if (typed.status && statusChoices(user).includes(typed.status as never)) values.status = typed.status as ArticleFormValues['status'];
  }
  return {
    articleId: article?.id ?? null,
    version: autosave ? autosave.baseVersion : (article?.version ?? 0),
    values,
    body: {
      json: autosave?.bodyJson ?? article?.bodyJson ?? null,
      html: article && !article.bodyJson ? (article.bodyHtml ?? htmlFromParagraphs(article.body)) : null,
    },
    sections: sections.map((s) => ({ id: s.id, name: s.name })),
    authors,
    ownAuthor: own?.name ?? user.name,
    statuses: statusChoices(user),
    tagNames,
    timeZoneLabel: zoneNames[zone] ?? zone,
    initial: flash,
  };
}
