'use client';

import { useActionState } from 'react';
import { signUpAction, type AuthFormState } from '@/app/(auth)/actions';
import { Field, FormMessage, PasswordField } from './field';

export function SignUpForm({ callbackUrl, initial = {} }: { callbackUrl: string; initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, initial);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={state.message} />
      <Field
        name="name"
        label="الاسم الذي يظهر مع تعليقاتك"
        autoComplete="nickname"
        dir="auto"
        required
        maxLength={50}
        defaultValue={state.values?.name}
        error={state.errors?.name}
      />
      <Field
        name="email"
        label="البريد الإلكتروني"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
        hint="لن يُنشر بريدك الإلكتروني."
      />
      <PasswordField
        name="password"
        label="كلمة المرور"
        autoComplete="new-password"
        minLength={8}
        error={state.errors?.password}
        hint="ثمانية أحرف على الأقل."
      />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ إنشاء الحساب…' : 'إنشاء حساب'}
      </button>
    </form>
  );
}
