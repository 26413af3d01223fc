import { ActionForm, SubmitButton } from '@/components/admin/action-scope';

/** Delete behind a confirmation step that needs no JavaScript: a <details> holding the real button. */
export function DeleteConfirmation({ id, title, returnTo }: { id: number; title: string; returnTo: string }) {
  return (
    <details className="article-delete">
      <summary className="admin-button admin-button--small admin-button--danger">حذف</summary>
      <div className="article-delete__body" role="group" aria-label={`تأكيد حذف «${title}»`}>
        <p>
          سيُحذف «<bdi>{title}</bdi>» نهائياً مع تعليقاته ونسخه المحفوظة. لا يمكن التراجع عن ذلك.
        </p>
        <ActionForm returnTo={returnTo}>
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="id" value={id} />
          <SubmitButton className="admin-button admin-button--small admin-button--danger">نعم، احذف المقال</SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}
