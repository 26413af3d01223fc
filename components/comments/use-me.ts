'use client';

import { useEffect, useState } from 'react';

export type OwnComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: string;
  status: 'approved' | 'pending' | 'spam' | 'trash';
  editableUntil: number | null;
};

export type Me = {
  user: { name: string; role: 'commenter' | 'moderator' | 'admin'; banned: boolean } | null;
  comments: OwnComment[];
};

/** The one personal request of an article page: null while it is under way. */
export function useMe(articleId: number): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/me?article=${articleId}`, { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((data: Partial<Me>) => live && setMe({ user: data.user ?? null, comments: data.comments ?? [] }))
      .catch(() => live && setMe({ user: null, comments: [] }));
    return () => {
      live = false;
    };
  }, [articleId]);
  return me;
}
