import type { Metadata } from 'next';
import { Suspense } from 'react';
import { oauthProviders } from '@/auth';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { callbackUrlSchema } from '@/lib/validation/auth';

export const metadata: Metadata = { title: 'تسجيل الدخول', robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

async function SignIn({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl);
  return (
    <>
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <p>
        ليس لديك حساب؟ <a href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>أنشئ حساباً</a>
      </p>
    </>
  );
}

export default function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">تسجيل الدخول</h1>
      <p>سجّل الدخول لتشارك في النقاش وتعلّق على الأخبار.</p>
      <Suspense>
        <SignIn searchParams={searchParams} />
      </Suspense>
    </>
  );
}
