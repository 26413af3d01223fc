import type { Metadata } from 'next';
import { verifiedUnsubscribe } from '@/lib/mail/unsubscribe';
import { unsubscribeAction } from './actions';

// Rendered whole per request (no streamed <Suspense> parts), so the form works without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: 'إيقاف رسائل الردود', robots: { index: false } };

type Param = string | string[] | undefined;
type SearchParams = Promise<{ c?: Param; s?: Param; done?: Param }>;

// Opening the link only asks: mail scanners open links too, and must not unsubscribe anyone.
async function Unsubscribe({ searchParams }: { searchParams: SearchParams }) {
  const { c, s, done } = await searchParams;
  const commentId = verifiedUnsubscribe(c, s);
  if (commentId === null) {
    return (
      <p className="form__message" role="status">
        رابط إلغاء الاشتراك غير صالح أو منقوص. افتح الرابط كما وصلك في الرسالة.
      </p>
    );
  }
  if (done === '1') {
    return (
      <p className="form__message" role="status">
        تم إلغاء الاشتراك. لن تصلك بعد الآن رسائل عن الردود على هذا التعليق.
      </p>
    );
  }
  return (
    <form action={unsubscribeAction} className="form">
      <input type="hidden" name="c" value={String(c)} />
      <input type="hidden" name="s" value={String(s)} />
      <p>هل تريد إيقاف الرسائل التي تُعلمك بالردود على تعليقك؟</p>
      <button type="submit" className="button">
        إيقاف رسائل الردود
      </button>
    </form>
  );
}

export default function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1 className="page-title">إيقاف رسائل الردود</h1>
      <Unsubscribe searchParams={searchParams} />
    </>
  );
}
