'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';
import { createPasswordUser } from '@/db/queries/users';
import { hashPassword } from '@/lib/auth/password';
import { callbackUrlSchema, fieldErrors, signInSchema, signUpSchema, type FieldErrors } from '@/lib/validation/auth';
import { rateLimit } from '@/lib/rate-limit';
import { clientAddress } from '@/lib/request';

export type AuthFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: { name?: string; email?: string };
};

const SIGN_IN_FAILED = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const TOO_MANY = 'محاولات كثيرة خلال وقت قصير. انتظر بضع دقائق ثم أعد المحاولة.';

export async function signInAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get('email') ?? '');
  const values = { email };
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const key = `signin:${await clientAddress()}:${parsed.data.email}`;
  if (!rateLimit(key, { limit: 10, windowMs: 15 * 60_000 })) return { message: TOO_MANY, values };
  const redirectTo = callbackUrlSchema.parse(form.get('callbackUrl'));
  try {
    await signIn('credentials', { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return { message: SIGN_IN_FAILED, values };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signUpAction(_state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  const parsed = signUpSchema.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  if (!rateLimit(`signup:${await clientAddress()}`, { limit: 5, windowMs: 60 * 60_000 })) {
    return { message: TOO_MANY, values };
  }
  const user = await createPasswordUser({
    name: parsed.data.name,
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!user) {
    return {
      errors: { email: 'تعذّر إنشاء حساب بهذا البريد الإلكتروني. إن كان لديك حساب فسجّل الدخول.' },
      values,
    };
  }
  const redirectTo = callbackUrlSchema.parse(form.get('callbackUrl'));
  await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo });
  return {};
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: callbackUrlSchema.parse(form.get('callbackUrl')) });
}
