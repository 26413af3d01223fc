import type { ModerationRow } from '@/db/queries/admin-comments';
import type { CommentStatus } from '@/db/schema';
import { adminPaths, withQuery } from '@/lib/admin/paths';
import { opLabels, roleLabels, statusLabels } from '@/lib/admin/messages';
import type { ModerationOp } from '@/lib/comments/transitions';
import { articlePath } from '@/lib/urls';
import { ActionForm, SubmitButton } from './action-scope';
import { AdminDate } from './admin-date';
import { CommentEditor } from './comment-editor';

export const BULK_FORM = 'bulk-form';
const EXCERPT = 300;

/** The row buttons WordPress shows for each status. */
export const rowOps: Record<CommentStatus, ModerationOp[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['notspam', 'delete'],
  trash: ['restore', 'delete'],
};

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

type Props = {
  comment: ModerationRow;
  returnTo: string;
  /** Comment id → its permalink on the comment page that shows it (lib/comments/permalinks.ts). */
  permalinks: ReadonlyMap<number, string>;
};

export function CommentRow({ comment: c, returnTo, permalinks }: Props) {
  const live = c.status === 'approved' || c.status === 'pending';
  const permalink = (id: number) => permalinks.get(id) ?? `${articlePath(c.article)}#comment-${id}`;
  return (
    <tr id={`comment-${c.id}`} className={`admin-row admin-row--${c.status}`} data-comment-id={c.id}>
      <td className="admin-table__check">
        <input type="checkbox" name="ids" value={c.id} form={BULK_FORM} aria-label={`تحديد تعليق ${c.author.name}`} />
      </td>
      <td className="admin-author" data-label="الكاتب">
        <bdi className="admin-author__name">{c.author.name}</bdi>
        {c.author.email && (
          <a className="admin-author__email" href={`mailto:${c.author.email}`} dir="ltr">
            {c.author.email}
          </a>
        )}
        {c.author.role && c.author.role !== 'commenter' && <span className="admin-tag">{roleLabels[c.author.role]}</span>}
        {c.author.bannedAt && <span className="admin-tag admin-tag--danger">موقوف</span>}
        {c.author.email && (
          <a className="admin-author__all" href={withQuery(adminPaths.comments, { status: 'all', author: c.author.email })}>
            كل تعليقاته
          </a>
        )}
      </td>
      <td className="admin-comment" data-label="التعليق">
        <p className="admin-comment__text" dir="auto">
          {excerpt(c.body)}
        </p>
        {c.editedAt && <p className="admin-comment__edited">عُدِّل</p>}
        <ActionForm returnTo={returnTo} className="row-actions">
          <input type="hidden" name="id" value={c.id} />
          {rowOps[c.status].map((op) => (
            <SubmitButton
              key={op}
              name="intent"
              value={op}
              className={`row-actions__button row-actions__button--${op}`}
            >
              {opLabels[op]}
            </SubmitButton>
          ))}
        </ActionForm>
        {live && (
          <>
            <CommentEditor
              id={c.id}
              intent="reply"
              summary="رد"
              label={`ردّك على ${c.author.name}`}
              submit={c.status === 'pending' ? 'موافقة ورد' : 'نشر الرد'}
              defaultBody=""
              returnTo={returnTo}
            />
            <CommentEditor
              id={c.id}
              intent="edit"
              summary="تعديل سريع"
              label="نص التعليق"
              submit="حفظ التعديل"
              defaultBody={c.body}
              returnTo={returnTo}
            />
          </>
        )}
      </td>
      <td className="admin-parent" data-label="ردّاً على">
        {c.parent ? (
          c.parent.status === 'approved' ? (
            <a href={permalink(c.parent.id)}>
              <bdi>{c.parent.authorName}</bdi>
            </a>
          ) : (
            <bdi>{c.parent.authorName}</bdi>
          )
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">ليس رداً</span>
          </>
        )}
      </td>
      <td className="admin-article" data-label="المقال">
        <a href={articlePath(c.article)}>{c.article.title}</a>
        <a className="admin-article__filter" href={withQuery(adminPaths.comments, { status: 'all', article: c.article.id })}>
          تعليقات هذا المقال
        </a>
      </td>
      <td className="admin-date" data-label="التاريخ">
        {/* As in WordPress, the date of a published comment links to it on the site. */}
        {c.status === 'approved' ? (
          <a href={permalink(c.id)}>
            <AdminDate date={c.createdAt} />
          </a>
        ) : (
          <AdminDate date={c.createdAt} />
        )}
      </td>
      <td className="admin-status" data-label="الحالة">
        <span className={`admin-status__label admin-status__label--${c.status}`}>{statusLabels[c.status]}</span>
        {c.previousStatus && (c.status === 'trash' || c.status === 'spam') && (
          <span className="admin-status__previous">كان: {statusLabels[c.previousStatus]}</span>
        )}
      </td>
    </tr>
  );
}
