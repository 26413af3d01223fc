'use client';

import { useActionState } from 'react';
import { postCommentAction, type ReplyFormState } from '@/app/(site)/news/[id]/[slug]/reply/actions';
import { CommentFields } from './comment-fields';

type Props = { articleId: number; parentId: number | null; initial?: ReplyFormState };

/** Works as a plain form post; with JavaScript it also keeps the page in place. */
export function ReplyForm({ articleId, parentId, initial = {} }: Props) {
  const [state, action, pending] = useActionState<ReplyFormState, FormData>(postCommentAction, initial);
  return (
    <form action={action} className="form" onSubmit={(e) => pending && e.preventDefault()}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ''} />
      <CommentFields
        defaultValue={state.body}
        key={state.body}
        error={state.errors?.body ?? state.errors?.parentId}
        message={state.message}
        busy={pending}
        notify={{ defaultChecked: state.notify }}
      />
    </form>
  );
}
