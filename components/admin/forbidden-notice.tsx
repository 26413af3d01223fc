/** The Arabic 403: signed in, but without the role this page needs. */
export function ForbiddenNotice({ back = { href: '/', label: 'العودة إلى الصفحة الرئيسية' } }: { back?: { href: string; label: string } }) {
  return (
    <div className="not-found" data-testid="forbidden">
      <p className="not-found__code">٤٠٣</p>
      <h1>ليست لديك صلاحية الوصول إلى هذه الصفحة</h1>
      <p>هذه الصفحة مخصّصة لفريق الإشراف في «خبر». إن كنت ترى أن حسابك ينبغي أن يصل إليها فتواصل مع مدير الموقع.</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
}
