import { commentCountForms, pluralize } from '@/lib/arabic/plural';
import type { PendingItem } from '@/db/queries/pending-notices';
import { composeMail, siteLink, type MailBlock } from '../layout';
import type { OutgoingMail } from '../transport';

const QUEUE = '/admin/comments?status=pending';
const EXCERPT = 300;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** One mail to one moderator about `total` comments waiting, showing the first of them. */
export function pendingNoticeMail(to: string, items: readonly PendingItem[], total: number): OutgoingMail {
  const [first] = items;
  const subject =
    total === 1 && first ? `تعليق بانتظار المراجعة على «${first.articleTitle}»` : `${pluralize(total, commentCountForms)} بانتظار المراجعة`;
  const blocks: MailBlock[] = [
    { paragraph: total === 1 ? 'وصل تعليق جديد ينتظر موافقتك قبل أن يظهر للقرّاء:' : `وصلت ${pluralize(total, commentCountForms)} تنتظر موافقتك قبل أن تظهر للقرّاء:` },
    ...items.flatMap((item): MailBlock[] => [{ paragraph: `${item.author} على «${item.articleTitle}»:` }, { quote: excerpt(item.body) }]),
  ];
  if (total > items.length) blocks.push({ paragraph: `وغيرها (${pluralize(total - items.length, commentCountForms)}) في قائمة المراجعة.` });
  blocks.push({ button: { label: 'فتح قائمة المراجعة', href: siteLink(QUEUE) } });
  blocks.push({ small: 'تصلك هذه الرسالة لأنك من مشرفي التعليقات. يغيّر المدير وتيرتها أو يوقفها من «إعدادات المراجعة».' });
  return composeMail(to, subject, blocks);
}
