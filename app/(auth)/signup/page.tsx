import type { Metadata } from 'next';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { readFlash } from '@/lib/forms/flash';
import { callbackUrlSchema } from '@/lib/validation/auth';
import type { AuthFormState } from '../actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'إنشاء حساب', robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[]; flash?: string | string[] }>;

async function SignUp({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: rawCallback, flash } = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(rawCallback);
  return (
    <>
      <SignUpForm callbackUrl={callbackUrl} initial={readFlash<AuthFormState>(flash)} />
      <p>
        لديك حساب؟ <a href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>سجّل الدخول</a>
      </p>
    </>
  );
}

export default function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">إنشاء حساب</h1>
      <p>حساب واحد يكفيك للتعليق على كل أخبار الموقع.</p>
      <SignUp searchParams={searchParams} />
    </>
  );
}
