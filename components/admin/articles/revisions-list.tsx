import { ActionForm, SubmitButton } from '@/components/admin/action-scope';
import { AdminDate } from '@/components/admin/admin-date';
import type { RevisionRow } from '@/db/queries/article-revisions';
import { revisionKindLabels } from '@/lib/admin/messages';
import { formatNumber } from '@/lib/arabic/numbers';
import { articleRevisionsPath } from '@/lib/newsroom/paths';

type Props = { articleId: number; version: number; revisions: RevisionRow[]; canRestore: boolean };

/** Who saved what and when, newest first; each earlier state can be put back as a new version. */
export function RevisionsList({ articleId, version, revisions, canRestore }: Props) {
  if (revisions.length === 0) return <p className="admin-empty-list">لا توجد نسخ محفوظة لهذا المقال بعد.</p>;
  return (
    <ol className="revisions" reversed>
      {revisions.map((r) => (
        <li key={r.id} className={`revisions__item revisions__item--${r.kind}`} data-revision-id={r.id}>
          <div className="revisions__what">
            <strong>{revisionKindLabels[r.kind]}</strong> — الإصدار {formatNumber(r.version)}
            {r.kind !== 'conflict' && r.version === version && <span className="admin-tag"> الحالي</span>}
          </div>
          <div className="revisions__who">
            <bdi>{r.authorName ?? 'مستخدم محذوف'}</bdi> · <AdminDate date={r.createdAt} />
          </div>
          <div className="revisions__title" dir="auto">
            {r.title}
          </div>
          {canRestore && (
            <ActionForm returnTo={articleRevisionsPath(articleId)} className="revisions__restore">
              <input type="hidden" name="id" value={articleId} />
              <input type="hidden" name="revision" value={r.id} />
              <input type="hidden" name="version" value={version} />
              <SubmitButton className="admin-button admin-button--small" aria-label={`استعادة ${revisionKindLabels[r.kind]}، الإصدار ${formatNumber(r.version)}`}>
                استعادة هذه النسخة
              </SubmitButton>
            </ActionForm>
          )}
        </li>
      ))}
    </ol>
  );
}
