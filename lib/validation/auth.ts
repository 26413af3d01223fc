import { z } from 'zod';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from './text';

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'البريد الإلكتروني أطول من المسموح.')
  .pipe(z.email('أدخل بريداً إلكترونياً صحيحاً، مثل name@example.com.'));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'أدخل كلمة المرور.').max(256, 'كلمة المرور أطول من المسموح.'),
});

// OWASP ASVS 5 (6.2): at least 8 characters, long passphrases welcome (up to 128), any character,
// no composition rules, and none of the passwords most often found in breaches.
const newPassword = z
  .string()
  .min(8, 'اختر كلمة مرور من ٨ أحرف على الأقل.')
  .max(128, 'كلمة المرور أطول من ١٢٨ حرفاً.')
  .refine((p) => !isCommonPassword(p), 'كلمة المرور هذه من أكثر الكلمات شيوعاً ويسهل تخمينها. اختر عبارة أطول أو أقل توقعاً.');

export const passwordResetRequestSchema = z.object({ email: emailField });

export const passwordResetSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'رابط إعادة التعيين غير صالح.'),
  newPassword,
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'أدخل كلمة المرور الحالية.').max(256, 'كلمة المرور أطول من المسموح.'),
  newPassword,
});

export const signUpSchema = z.object({
  name: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(2, 'اكتب اسماً من حرفين على الأقل.')
        .max(50, 'الاسم أطول من ٥٠ حرفاً.')
        .refine((n) => !/\n/.test(n), 'اكتب الاسم في سطر واحد.')
        .refine(hasVisibleContent, 'اكتب اسماً فيه حرف أو رقم على الأقل.'),
    ),
  email: emailField,
  password: newPassword,
});

/** Only a path on this site: "/news/1/x#respond", never "//evil.example" or "https://…" (lib/auth/callback-url.ts). */
export const callbackUrlSchema = z.unknown().transform(safeCallbackPath);

export type FieldErrors = Partial<Record<string, string>>;

/** The first message per field, for showing beside each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}
