import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { callbackUrlSchema } from '@/lib/validation/auth';

export const metadata: Metadata = { title: 'إنشاء حساب', robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

async function SignUp({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl);
  return (
    <>
      <SignUpForm callbackUrl={callbackUrl} />
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
      <Suspense>
        <SignUp searchParams={searchParams} />
      </Suspense>
    </>
  );
}
