'use client';

import { useActionState } from 'react';
import type { AuthFormState } from '@/app/(auth)/actions';
import { requestPasswordResetAction } from '@/app/(auth)/forgot-password/actions';
import { Field, FormMessage } from './field';

export function ForgotPasswordForm({ initial = {} }: { initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(requestPasswordResetAction, initial);
  if (state.done) return <FormMessage message={state.message} />;
  return (
    <form action={action} className="form" noValidate>
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
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ الإرسال…' : 'أرسل رابط إعادة التعيين'}
      </button>
    </form>
  );
}
