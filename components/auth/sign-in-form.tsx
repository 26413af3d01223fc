'use client';

import { useActionState } from 'react';
import { signInAction, type AuthFormState } from '@/app/(auth)/actions';
import { Field, FormMessage, PasswordField } from './field';

export function SignInForm({ callbackUrl, initial = {} }: { callbackUrl: string; initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, initial);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={state.message} />
      <Field
        name="email"
        label="البريد الإلكتروني"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <PasswordField name="password" label="كلمة المرور" autoComplete="current-password" error={state.errors?.password} />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ تسجيل الدخول…' : 'تسجيل الدخول'}
      </button>
    </form>
  );
}
