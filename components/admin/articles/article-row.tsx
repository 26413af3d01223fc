import { ActionForm, SubmitButton } from '@/components/admin/action-scope';
import { AdminDate } from '@/components/admin/admin-date';
import { ArticleCommentsSwitch } from '@/components/admin/article-comments-switch';
import type { NewsroomRow } from '@/db/queries/articles-admin';
import { articleStatusLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery } from '@/lib/admin/paths';
import { formatNumber } from '@/lib/arabic/numbers';
import { articleEditPath, articlePreviewPath } from '@/lib/newsroom/paths';
import { may, type NewsroomUser } from '@/lib/newsroom/policy';
import { articlePath } from '@/lib/urls';
import { DeleteConfirmation } from './delete-confirmation';

/** One article of the list as a card: what it is, where it stands, and what this person may do to it. */
export function ArticleRow({ article: a, user, returnTo }: { article: NewsroomRow; user: NewsroomUser; returnTo: string }) {
  const canEdit = may(user, 'edit', a);
  return (
    <li className="article-row" data-article-id={a.id}>
      <div className="article-row__head">
        <h2 className="article-row__title" dir="auto">
          {canEdit ? <a href={articleEditPath(a.id)}>{a.title}</a> : a.status === 'published' ? <a href={articlePath(a)}>{a.title}</a> : a.title}
        </h2>
        <span className={`admin-tag article-status article-status--${a.status}`}>{articleStatusLabels[a.status]}</span>
      </div>
      <p className="article-row__meta">
        <span>{a.sectionName}</span> · <bdi>{a.authorName}</bdi> ·{' '}
        {a.status === 'scheduled' && a.publishedAt ? (
          <span>
            يُنشر <AdminDate date={a.publishedAt} />
          </span>
        ) : a.status === 'published' && a.publishedAt ? (
          <span>
            نُشر <AdminDate date={a.publishedAt} />
          </span>
        ) : (
          <span>
            آخر تعديل <AdminDate date={a.updatedAt} />
            {a.updatedByName && (
              <>
                {' '}
                بواسطة <bdi>{a.updatedByName}</bdi>
              </>
            )}
          </span>
        )}
      </p>
      {may(user, 'comments', a) && (
        <p className="article-row__comments">
          التعليقات: <a href={withQuery(adminPaths.comments, { status: 'approved', article: a.id })}>{formatNumber(a.approved)} معتمدة</a> ·{' '}
          <a href={withQuery(adminPaths.comments, { status: 'pending', article: a.id })}>{formatNumber(a.pending)} بانتظار المراجعة</a> ·{' '}
          <span className={a.commentsOpen ? 'admin-tag' : 'admin-tag admin-tag--danger'}>{a.commentsOpen ? 'مفتوحة' : 'مغلقة'}</span>
        </p>
      )}
      <div className="row-actions article-row__actions">
        {canEdit && (
          <a className="admin-button admin-button--small" href={articleEditPath(a.id)} aria-label={`تحرير «${a.title}»`}>
            تحرير
          </a>
        )}
        {may(user, 'view', a) && (
          <a className="admin-button admin-button--small" href={articlePreviewPath(a.id)} aria-label={`معاينة «${a.title}»`}>
            معاينة
          </a>
        )}
        {may(user, 'publish', a) && (
          <ActionForm returnTo={returnTo}>
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="id" value={a.id} />
            <SubmitButton className="admin-button admin-button--small" aria-label={`نشر «${a.title}» الآن`}>
              نشر الآن
            </SubmitButton>
          </ActionForm>
        )}
        {may(user, 'unpublish', a) && (
          <ActionForm returnTo={returnTo}>
            <input type="hidden" name="intent" value="unpublish" />
            <input type="hidden" name="id" value={a.id} />
            <SubmitButton className="admin-button admin-button--small" aria-label={`إلغاء نشر «${a.title}»`}>
              {a.status === 'scheduled' ? 'إلغاء الجدولة' : 'إلغاء النشر'}
            </SubmitButton>
          </ActionForm>
        )}
        {may(user, 'comments', a) && <ArticleCommentsSwitch id={a.id} open={a.commentsOpen} returnTo={returnTo} title={a.title} />}
        {may(user, 'delete', a) && <DeleteConfirmation id={a.id} title={a.title} returnTo={returnTo} />}
      </div>
    </li>
  );
}
