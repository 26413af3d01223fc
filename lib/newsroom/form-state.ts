import type { AdminFormState } from '@/lib/admin/form-state';

/** What the article form's action returns: the admin state plus the HTTP-like status and new version. */
export type ArticleFormState = AdminFormState & {
  /** 200 saved, 403, 404, 409 (someone saved first), 413 (body too large), 422 (invalid input). */
  status: number;
  version?: number;
  slug?: string;
  articleStatus?: string;
};
