'use server';

import { redirect } from 'next/navigation';
import { stopReplyNotices } from '@/db/queries/reply-notices';
import { unsubscribeQuery, verifiedUnsubscribe } from '@/lib/mail/unsubscribe';

/** The confirmation page's button: no sign-in, the signed link is the proof. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const commentId = verifiedUnsubscribe(form.get('c'), form.get('s'));
  if (commentId === null) redirect('/unsubscribe');
  stopReplyNotices(commentId);
  redirect(`/unsubscribe?${unsubscribeQuery(commentId)}&done=1`);
}
