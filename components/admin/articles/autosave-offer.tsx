import { discardAutosaveAction } from '@/app/(admin)/admin/articles/revision-actions';
import { AdminDate } from '@/components/admin/admin-date';
import { articleEditPath } from '@/lib/newsroom/paths';

/** A newer autosaved copy than the saved article: restore it into the form, or drop it. */
export function AutosaveOffer({ articleId, at }: { articleId: number; at: Date }) {
  return (
    <div className="admin-notice article-autosave-offer" role="status">
      <p>
        لديك نسخة محفوظة تلقائياً أحدث من آخر حفظ للمقال (<AdminDate date={at} />). هل تريد استعادتها؟
      </p>
      <div className="article-autosave-offer__actions">
        <a className="admin-button admin-button--small" href={`${articleEditPath(articleId)}?autosave=restore`}>
          استعادة النسخة التلقائية
        </a>
        <form action={discardAutosaveAction}>
          <input type="hidden" name="id" value={articleId} />
          <button type="submit" className="admin-button admin-button--small">
            تجاهلها
          </button>
        </form>
      </div>
    </div>
  );
}
