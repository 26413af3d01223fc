import type { ModerationRow } from '@/db/queries/admin-comments';
import type { CommentStatus } from '@/db/schema';
import { opLabels } from '@/lib/admin/messages';
import type { ModerationOp } from '@/lib/comments/transitions';
import { ActionForm, SubmitButton } from './action-scope';
import { BULK_FORM, CommentRow } from './comment-row';
import { SelectAll } from './select-all';

const bulkOps: Record<CommentStatus | 'all', ModerationOp[]> = {
  all: ['approve', 'unapprove', 'spam', 'trash'],
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['notspam', 'delete'],
  trash: ['restore', 'delete'],
};

type Props = {
  comments: ModerationRow[];
  status: CommentStatus | 'all';
  returnTo: string;
  permalinks: ReadonlyMap<number, string>;
};

export function CommentsTable({ comments, status, returnTo, permalinks }: Props) {
  return (
    <>
      <ActionForm id={BULK_FORM} returnTo={returnTo} className="admin-bulk">
        <input type="hidden" name="intent" value="bulk" />
        <label htmlFor="bulk-op">الإجراءات الجماعية</label>
        <select id="bulk-op" name="op" defaultValue="">
          <option value="">اختر إجراءً…</option>
          {bulkOps[status].map((op) => (
            <option key={op} value={op}>
              {opLabels[op]}
            </option>
          ))}
        </select>
        <SubmitButton>تطبيق على المحدد</SubmitButton>
      </ActionForm>
      <div className="admin-table-wrap">
        <table className="admin-table admin-table--comments">
          <caption className="visually-hidden">التعليقات</caption>
          <thead>
            <tr>
              <th scope="col" className="admin-table__check">
                <SelectAll form={BULK_FORM} />
              </th>
              <th scope="col">الكاتب</th>
              <th scope="col">التعليق</th>
              <th scope="col">ردّاً على</th>
              <th scope="col">المقال</th>
              <th scope="col">التاريخ</th>
              <th scope="col">الحالة</th>
            </tr>
          </thead>
          <tbody>
            {comments.map((c) => (
              <CommentRow key={`${c.id}-${c.status}-${c.editedAt?.getTime() ?? 0}`} comment={c} returnTo={returnTo} permalinks={permalinks} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
