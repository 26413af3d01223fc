import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { isResetTokenLive } from '@/db/queries/password-resets';
import { RESET_LINK_DEAD } from '@/lib/auth/messages';
import { readFlash } from '@/lib/forms/flash';
import type { AuthFormState } from '../actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'كلمة مرور جديدة', robots: { index: false }, referrer: 'no-referrer' };

type SearchParams = Promise<{ token?: string | string[]; flash?: string | string[] }>;

async function Reset({ searchParams }: { searchParams: SearchParams }) {
  const { token, flash } = await searchParams;
  const link = typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
  const initial = readFlash<AuthFormState>(flash);
  const dead: AuthFormState = { message: RESET_LINK_DEAD, done: true };
  return <ResetPasswordForm token={link ?? ''} initial={initial ?? (link && isResetTokenLive(link) ? {} : dead)} />;
}

export default function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">اختر كلمة مرور جديدة</h1>
      <Reset searchParams={searchParams} />
    </>
  );
}
