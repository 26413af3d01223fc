import type { AdminSection } from '@/db/queries/taxonomy-admin';
import { formatNumber } from '@/lib/arabic/numbers';
import { sectionPath } from '@/lib/urls';
import { ActionForm, SubmitButton } from '../action-scope';
import { ConfirmButton } from './confirm-button';
import { SLUG_HINT, TaxonomyForm } from './taxonomy-form';

type Props = { section: AdminSection; first: boolean; last: boolean; returnTo: string };

/** One section: its place in the menu (up, down, or a number), name, slug, articles, edit and delete. */
export function SectionRow({ section: s, first, last, returnTo }: Props) {
  return (
    <tr className="admin-row" data-section-slug={s.slug}>
      <td data-label="الترتيب">
        <span className="admin-order">
          <span>{formatNumber(s.position)}</span>
          <ActionForm returnTo={returnTo} className="admin-inline-form">
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="id" value={s.id} />
            <SubmitButton className="admin-button admin-button--small" name="direction" value="up" disabled={first} aria-label={`تقديم «${s.name}» في القائمة`}>
              ▲
            </SubmitButton>
            <SubmitButton className="admin-button admin-button--small" name="direction" value="down" disabled={last} aria-label={`تأخير «${s.name}» في القائمة`}>
              ▼
            </SubmitButton>
          </ActionForm>
        </span>
      </td>
      <td data-label="القسم">
        <a href={sectionPath(s.slug)}>
          <bdi>{s.name}</bdi>
        </a>
      </td>
      <td data-label="المعرّف في الرابط">
        <bdi className="admin-slug">{s.slug}</bdi>
      </td>
      <td data-label="المقالات">{formatNumber(s.articles)}</td>
      <td data-label="إجراءات" className="admin-row-actions">
        <TaxonomyForm
          target={`update-${s.id}`}
          intent="update"
          id={s.id}
          fold="تعديل"
          fields={[
            { name: 'name', label: 'الاسم' },
            { name: 'slug', label: 'المعرّف في الرابط', hint: SLUG_HINT },
            { name: 'position', label: 'الترتيب في القائمة', numeric: true, dir: 'ltr' },
          ]}
          saved={{ name: s.name, slug: s.slug, position: String(s.position) }}
          submit="حفظ القسم"
          returnTo={returnTo}
        />
        <ConfirmButton
          intent="delete"
          id={s.id}
          summary="حذف"
          warning={s.articles > 0 ? 'لا يُحذف قسم فيه مقالات. انقلها إلى قسم آخر أولاً.' : 'سيُحذف هذا القسم من الموقع ومن القائمة.'}
          confirm={`نعم، احذف «${s.name}»`}
          returnTo={returnTo}
        />
      </td>
    </tr>
  );
}
