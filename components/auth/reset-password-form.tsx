'use client';

import { useActionState } from 'react';
import type { AuthFormState } from '@/app/(auth)/actions';
import { resetPasswordAction } from '@/app/(auth)/reset-password/actions';
import { FormMessage, PasswordField } from './field';

export function ResetPasswordForm({ token, initial = {} }: { token: string; initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(resetPasswordAction, initial);
  if (state.done) {
    return (
      <>
        <FormMessage message={state.message} />
        <p>
          <a href="/forgot-password">اطلب رابطاً جديداً</a>
        </p>
      </>
    );
  }
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} />
      <PasswordField
        name="newPassword"
        label="كلمة المرور الجديدة"
        autoComplete="new-password"
        minLength={8}
        maxLength={128}
        error={state.errors?.newPassword}
        hint="٨ أحرف على الأقل، ويُفضَّل أن تكون عبارة طويلة لا يتوقعها أحد."
      />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ الحفظ…' : 'تعيين كلمة المرور'}
      </button>
    </form>
  );
}
