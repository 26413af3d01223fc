import { currentAdminPath } from '@/lib/admin/guard';
import { loginPath } from '@/lib/urls';

/**
 * A session cookie that no longer signs anyone in: on to the sign-in page, coming back here. A
 * meta refresh rather than redirect(), which after the first byte needs JavaScript to follow.
 */
export async function SignInRequired() {
  const href = loginPath(await currentAdminPath());
  return (
    <div className="not-found" data-testid="sign-in-required">
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1>سجّل الدخول أولاً</h1>
      <p>
        انتهت جلستك أو لم تعد صالحة. <a href={href}>سجّل الدخول</a> للوصول إلى لوحة الإدارة.
      </p>
    </div>
  );
}
