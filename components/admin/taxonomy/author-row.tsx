import type { AdminAuthor } from '@/db/queries/authors-admin';
import { formatNumber } from '@/lib/arabic/numbers';
import { authorPath } from '@/lib/urls';
import { authorFields } from './author-fields';
import { ConfirmButton } from './confirm-button';
import { TaxonomyForm } from './taxonomy-form';

/** One byline: name, slug, linked account, articles; edit and delete (only without articles). */
export function AuthorRow({ author: a, returnTo }: { author: AdminAuthor; returnTo: string }) {
  return (
    <tr className="admin-row" data-author-slug={a.slug}>
      <td data-label="الكاتب">
        <a href={authorPath(a.slug)}>
          <bdi>{a.name}</bdi>
        </a>
      </td>
      <td data-label="المعرّف في الرابط">
        <bdi className="admin-slug">{a.slug}</bdi>
      </td>
      <td data-label="الحساب المرتبط">
        {a.accountEmail ? (
          <span className="admin-author__email" dir="ltr">
            {a.accountEmail}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td data-label="المقالات">{formatNumber(a.articles)}</td>
      <td data-label="إجراءات" className="admin-row-actions">
        <TaxonomyForm
          target={`update-${a.id}`}
          intent="update"
          id={a.id}
          fold="تعديل"
          fields={authorFields}
          saved={{ name: a.name, slug: a.slug, bio: a.bio, avatar: a.avatar ?? '', account: a.accountEmail ?? '' }}
          submit="حفظ بيانات الكاتب"
          returnTo={returnTo}
        />
        <ConfirmButton
          intent="delete"
          id={a.id}
          summary="حذف"
          warning={a.articles > 0 ? 'لا يُحذف كاتب له مقالات. انسبها إلى كاتب آخر أولاً.' : 'سيُحذف هذا الكاتب وصفحته.'}
          confirm={`نعم، احذف «${a.name}»`}
          returnTo={returnTo}
        />
      </td>
    </tr>
  );
}
