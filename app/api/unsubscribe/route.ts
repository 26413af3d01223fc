import { stopReplyNotices } from '@/db/queries/reply-notices';
import { verifiedUnsubscribe } from '@/lib/mail/unsubscribe';

const NO_STORE = { 'cache-control': 'private, no-store', 'content-type': 'text/plain; charset=utf-8' };

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the URL in the
 * List-Unsubscribe header, with no cookie and no page. The signed query is the only proof needed.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const commentId = verifiedUnsubscribe(url.searchParams.get('c'), url.searchParams.get('s'));
  if (commentId === null) return new Response('رابط إلغاء الاشتراك غير صالح.', { status: 404, headers: NO_STORE });
  stopReplyNotices(commentId);
  return new Response('أُلغي الاشتراك: لن تصلك رسائل عن الردود على هذا التعليق.', { status: 200, headers: NO_STORE });
}
