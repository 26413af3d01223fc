import { CredentialsSignin } from 'next-auth';

export const SIGN_IN_FAILED = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
export const TOO_MANY = 'محاولات كثيرة خلال وقت قصير. انتظر قليلاً ثم أعد المحاولة.';
export const SIGN_IN_ERROR = 'تعذّر تسجيل الدخول. أعد المحاولة بعد قليل.';

const RATE_LIMITED = 'rate_limited';

/** Thrown by the credentials provider while the attempt must wait: the form says so. */
export class TooManyAttempts extends CredentialsSignin {
  code = RATE_LIMITED;
}

/** The sign-in form's message for what Auth.js reported, in a thrown error or a redirect's ?error=&code=. */
export function signInErrorMessage(type: string | undefined, code?: string): string {
  if (type === 'CredentialsSignin') return code === RATE_LIMITED ? TOO_MANY : SIGN_IN_FAILED;
  return SIGN_IN_ERROR;
}

// The same words whether or not the email has an account, and whether or not a mail went out.
export const RESET_REQUESTED =
  'إن كان هذا البريد مسجلاً لدينا فستصلك خلال دقائق رسالة فيها رابط لاختيار كلمة مرور جديدة. يعمل الرابط مرة واحدة خلال ساعة.';
export const RESET_LINK_DEAD = 'انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطاً جديداً.';
export const PASSWORD_RESET_DONE = 'تم تعيين كلمة المرور الجديدة، وسُجّل خروجك من كل الأجهزة. سجّل الدخول بها الآن.';
