import { composeMail, siteLink } from '../layout';
import type { OutgoingMail } from '../transport';
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from '../unsubscribe';

const EXCERPT = 600;

type Notice = { to: { email: string; name: string | null }; parentId: number; replyAuthor: string; replyBody: string; articleTitle: string; replyPath: string };

/** WordPress's "notify me of follow-up comments", with an RFC 8058 one-click unsubscribe. */
export function replyNoticeMail(n: Notice): OutgoingMail {
  const excerpt = n.replyBody.length > EXCERPT ? `${n.replyBody.slice(0, EXCERPT)}…` : n.replyBody;
  return composeMail(
    n.to.email,
    `ردّ جديد على تعليقك في «${n.articleTitle}»`,
    [
      { paragraph: n.to.name ? `مرحباً ${n.to.name}،` : 'مرحباً،' },
      { paragraph: `ردّ ${n.replyAuthor} على تعليقك في «${n.articleTitle}»:` },
      { quote: excerpt },
      { button: { label: 'قراءة الرد والمشاركة في النقاش', href: siteLink(n.replyPath) } },
      { small: `وصلتك هذه الرسالة لأنك طلبت إعلامك بالردود على تعليقك. لإيقافها: ${unsubscribePageUrl(n.parentId)}` },
    ],
    {
      'List-Unsubscribe': `<${oneClickUnsubscribeUrl(n.parentId)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  );
}
