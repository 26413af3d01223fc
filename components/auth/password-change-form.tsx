'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/(auth)/account/actions';
import type { AuthFormState } from '@/app/(auth)/actions';
import { FormMessage, PasswordField } from './field';

export function PasswordChangeForm({ initial = {} }: { initial?: AuthFormState }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(changePasswordAction, initial);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage message={state.message} />
      <PasswordField
        name="currentPassword"
        label="كلمة المرور الحالية"
        autoComplete="current-password"
        error={state.errors?.currentPassword}
      />
      <PasswordField
        name="newPassword"
        label="كلمة المرور الجديدة"
        autoComplete="new-password"
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
