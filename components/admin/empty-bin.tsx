import { comments } from '@/lib/admin/messages';
import { ActionForm, SubmitButton } from './action-scope';

/** "Empty spam" / "empty trash", behind a confirmation that needs no JavaScript. */
type Props = { status: 'spam' | 'trash'; count: number; articleId?: number; upToId: number; returnTo: string };

export function EmptyBin({ status, count, articleId, upToId, returnTo }: Props) {
  if (count === 0) return null;
  const label = `${status === 'spam' ? 'إفراغ المزعجة' : 'إفراغ المهملات'}${articleId ? ' لهذا المقال' : ''}`;
  return (
    <details className="admin-empty">
      <summary>{label}</summary>
      <ActionForm returnTo={returnTo} className="admin-empty__confirm">
        <input type="hidden" name="intent" value="empty" />
        <input type="hidden" name="status" value={status} />
        <input type="hidden" name="upTo" value={upToId} />
        {articleId && <input type="hidden" name="article" value={articleId} />}
        <p>سيتم حذف {comments(count)} نهائياً، ولا يمكن التراجع عن ذلك.</p>
        <SubmitButton className="admin-button admin-button--danger">نعم، احذفها كلها نهائياً</SubmitButton>
      </ActionForm>
    </details>
  );
}
