'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/(auth)/account/actions';
import type { AuthFormState } from '@/app/(auth)/actions';
import { Field, FormMessage } from './field';

export function PasswordChangeForm({ initial = {} }: { initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(changePasswordAction, initial);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage message={state.message} />
      <Field
        name="currentPassword"
        label="كلمة المرور الحالية"
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
        error={state.errors?.currentPassword}
      />
      <Field
        name="newPassword"
        label="كلمة المرور الجديدة"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        minLength={8}
        maxLength={128}
        error={state.errors?.newPassword}
        hint="٨ أحرف على الأقل."
      />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? 'جارٍ الحفظ…' : 'تغيير كلمة المرور'}
      </button>
    </form>
  );
}
