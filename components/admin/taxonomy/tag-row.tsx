import type { AdminTag } from '@/db/queries/taxonomy-admin';
import { formatNumber } from '@/lib/arabic/numbers';
import { tagPath } from '@/lib/urls';
import { ConfirmButton } from './confirm-button';
import { SLUG_HINT, TaxonomyForm } from './taxonomy-form';

/** One tag: name, slug, how many articles carry it; rename, merge into another, delete. */
export function TagRow({ tag: t, returnTo }: { tag: AdminTag; returnTo: string }) {
  return (
    <tr className="admin-row" data-tag-slug={t.slug}>
      <td data-label="الوسم">
        <a href={tagPath(t.slug)}>
          <bdi>{t.name}</bdi>
        </a>
      </td>
      <td data-label="المعرّف في الرابط">
        <bdi className="admin-slug">{t.slug}</bdi>
      </td>
      <td data-label="المقالات">{formatNumber(t.articles)}</td>
      <td data-label="إجراءات" className="admin-row-actions">
        <TaxonomyForm
          target={`update-${t.id}`}
          intent="update"
          id={t.id}
          fold="تعديل"
          fields={[
            { name: 'name', label: 'الاسم' },
            { name: 'slug', label: 'المعرّف في الرابط', hint: SLUG_HINT },
          ]}
          saved={{ name: t.name, slug: t.slug }}
          submit="حفظ الوسم"
          returnTo={returnTo}
        />
        <TaxonomyForm
          target={`merge-${t.id}`}
          intent="merge"
          id={t.id}
          fold="دمج"
          fields={[{ name: 'into', label: 'ادمجه في الوسم', hint: 'اكتب اسم الوسم الذي تنتقل إليه مقالات هذا الوسم، ثم يُحذف هذا الوسم.' }]}
          saved={{}}
          submit="دمج الوسمين"
          returnTo={returnTo}
        />
        <ConfirmButton
          intent="delete"
          id={t.id}
          summary="حذف"
          warning={t.articles > 0 ? 'سيُزال هذا الوسم عن مقالاته، وتبقى المقالات نفسها.' : 'سيُحذف هذا الوسم.'}
          confirm={`نعم، احذف «${t.name}»`}
          returnTo={returnTo}
        />
      </td>
    </tr>
  );
}
