import { loginPath, replyPath } from '@/lib/urls';

type Props = { article: { id: number; slug: string }; path: string };

/** What every reader sees first, and all a reader without JavaScript sees on the article. */
export function SignedOutRespond({ article, path }: Props) {
  return (
    <>
      <p>
        يجب أن تكون <a href={loginPath(`${path}#respond`)}>مسجلاً للدخول</a> لتنشر تعليقاً.
      </p>
      <noscript>
        <p>
          سجّلت الدخول؟ <a href={replyPath(article)}>اكتب تعليقك من هنا</a>.
        </p>
      </noscript>
    </>
  );
}
