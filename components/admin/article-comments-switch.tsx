import { ActionForm, SubmitButton } from './action-scope';

/** Opens or closes comments on one article. */
export function ArticleCommentsSwitch({ id, open, returnTo, title }: { id: number; open: boolean; returnTo: string; title: string }) {
  return (
    <ActionForm returnTo={returnTo} className="admin-switch">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="open" value={open ? '0' : '1'} />
      <SubmitButton className="admin-button admin-button--small" aria-label={`${open ? 'إغلاق' : 'فتح'} التعليقات على «${title}»`}>
        {open ? 'إغلاق التعليقات' : 'فتح التعليقات'}
      </SubmitButton>
    </ActionForm>
  );
}
