import type { Metadata } from 'next';
import { oauthProviders } from '@/auth';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PASSWORD_RESET_DONE, signInErrorMessage } from '@/lib/auth/messages';
import { readFlash } from '@/lib/forms/flash';
import { callbackUrlSchema } from '@/lib/validation/auth';
import type { AuthFormState } from '../actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'تسجيل الدخول', robots: { index: false } };

type Param = string | string[] | undefined;
type SearchParams = Promise<{ callbackUrl?: Param; flash?: Param; error?: Param; code?: Param; reset?: Param }>;

/** Auth.js's own endpoint reports a failed sign-in with ?error=…&code=… on its way back here. */
function reported(error: Param, code: Param): AuthFormState | undefined {
  if (typeof error !== 'string') return undefined;
  return { message: signInErrorMessage(error, typeof code === 'string' ? code : undefined) };
}

async function SignIn({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: rawCallback, flash, error, code, reset } = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(rawCallback);
  const initial = readFlash<AuthFormState>(flash) ?? reported(error, code) ?? (reset === '1' ? { message: PASSWORD_RESET_DONE } : undefined);
  return (
    <>
      <SignInForm callbackUrl={callbackUrl} initial={initial} />
      <p>
        <a href="/forgot-password">نسيت كلمة المرور؟</a>
      </p>
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
