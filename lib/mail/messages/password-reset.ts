import { composeMail, siteLink } from '../layout';
import type { OutgoingMail } from '../transport';

export const resetLinkPath = (token: string) => `/reset-password?token=${token}`;

export function passwordResetMail(to: string, name: string | null, token: string): OutgoingMail {
  return composeMail(to, 'إعادة تعيين كلمة المرور في خبر', [
    { paragraph: name ? `مرحباً ${name}،` : 'مرحباً،' },
    { paragraph: 'طُلب تعيين كلمة مرور جديدة لحسابك في خبر. اضغط الزر لاختيارها؛ يعمل الرابط مرة واحدة خلال ساعة من إرسال هذه الرسالة.' },
    { button: { label: 'اختيار كلمة مرور جديدة', href: siteLink(resetLinkPath(token)) } },
    { paragraph: 'بعد تعيينها يُسجَّل خروجك من كل الأجهزة، فتدخل بكلمة المرور الجديدة.' },
    { small: 'إن لم تطلب ذلك فتجاهل هذه الرسالة؛ تبقى كلمة مرورك كما هي.' },
  ]);
}
