import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordChangeForm } from '@/components/auth/password-change-form';
import { listGuestCommentsByEmail } from '@/db/queries/guest-comments';
import { findPasswordHash } from '@/db/queries/users';
import { liveSessionsOf } from '@/db/queries/sessions';
import { currentUser } from '@/lib/auth/guards';
import { sessionRef } from '@/lib/auth/session-token';
import { formatGregorianDate, formatTime } from '@/lib/arabic/dates';
import { env } from '@/lib/env';
import { readFlash } from '@/lib/forms/flash';
import { commentPermalinks } from '@/lib/comments/permalinks';
import { loginPath } from '@/lib/urls';
import type { AuthFormState } from '../actions';
import { signOutEverywhereAction } from './actions';

// Rendered whole per request (no streamed <Suspense> parts), so the forms work without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'حسابي', robots: { index: false } };

type SearchParams = Promise<{ flash?: string | string[] }>;

async function Account({ searchParams }: { searchParams: SearchParams }) {
  const [user, session] = await Promise.all([currentUser(), sessionRef()]);
  if (!user || !session) redirect(loginPath('/account'));
  const { flash } = await searchParams;
  const [sessions, hasPassword, earlier] = await Promise.all([
    liveSessionsOf(user.id),
    findPasswordHash(user.id).then(Boolean),
    user.email ? listGuestCommentsByEmail(user.email) : [],
  ]);
  const permalinks = await commentPermalinks(earlier.map((c) => ({ article: { id: c.articleId, slug: c.articleSlug }, commentId: c.id })));
  const zone = env().SITE_TIME_ZONE;
  return (
    <>
      <p>
        مسجّل باسم <bdi>{user.name}</bdi> (<bdi dir="ltr">{user.email}</bdi>).
      </p>
      {hasPassword && (
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">تغيير كلمة المرور</h2>
          <PasswordChangeForm initial={readFlash<AuthFormState>(flash)} />
        </section>
      )}
      {earlier.length > 0 && (
        // Left without an account under this email (imported from the old site): shown, never editable.
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">تعليقات سابقة باسمك</h2>
          <ul className="account-earlier" data-testid="earlier-comments">
            {earlier.map((c) => (
              <li key={c.id}>
                <a href={permalinks.get(c.id)}>{c.articleTitle}</a> —{' '}
                {formatGregorianDate(c.createdAt, zone)}
                <p dir="auto">{c.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">الأجهزة المسجّل دخولك منها</h2>
        <ul className="account-sessions" data-testid="sessions">
          {sessions.map((s) => (
            <li key={s.sid}>
              <bdi dir="ltr">{s.userAgent ?? 'جهاز غير معروف'}</bdi> — منذ {formatGregorianDate(s.createdAt, zone)}{' '}
              {formatTime(s.createdAt, zone)}
              {s.sid === session.sid && <strong> (هذا الجهاز)</strong>}
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="button button--secondary">
            تسجيل الخروج من كل الأجهزة
          </button>
        </form>
      </section>
    </>
  );
}

export default function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">حسابي</h1>
      <Account searchParams={searchParams} />
    </>
  );
}
