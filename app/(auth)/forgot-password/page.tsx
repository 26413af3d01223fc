import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { readFlash } from '@/lib/forms/flash';
import type { AuthFormState } from '../actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'نسيت كلمة المرور', robots: { index: false } };

type SearchParams = Promise<{ flash?: string | string[] }>;

async function Request({ searchParams }: { searchParams: SearchParams }) {
  const { flash } = await searchParams;
  return <ForgotPasswordForm initial={readFlash<AuthFormState>(flash)} />;
}

export default function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">نسيت كلمة المرور</h1>
      <p>اكتب البريد الإلكتروني الذي سجّلت به، وسنرسل إليه رابطاً لاختيار كلمة مرور جديدة.</p>
      <Request searchParams={searchParams} />
      <p>
        تذكّرتها؟ <a href="/login">سجّل الدخول</a>
      </p>
    </>
  );
}
