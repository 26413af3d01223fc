import type { Metadata } from 'next';
import { oauthProviders } from '@/auth';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { readFlash } from '@/lib/forms/flash';
import { callbackUrlSchema } from '@/lib/validation/auth';
import type { AuthFormState } from '../actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'تسجيل الدخول', robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[]; flash?: string | string[] }>;

async function SignIn({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: rawCallback, flash } = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(rawCallback);
  return (
    <>
      <SignInForm callbackUrl={callbackUrl} initial={readFlash<AuthFormState>(flash)} />
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
      <SignIn searchParams={searchParams} />
    </>
  );
}
