import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { SettingsForm } from '@/components/admin/settings-form';
import { readModerationSettings } from '@/db/queries/settings';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { requireAdminPage } from '@/lib/admin/guard';
import type { AdminFormState } from '@/lib/admin/form-state';
import { adminPaths, adminPageAccess } from '@/lib/admin/paths';
import { readFlash } from '@/lib/forms/flash';
import { settingsFormValues } from '@/lib/validation/settings-form';
import { settingsAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'إعدادات المراجعة' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAdminPage(adminPageAccess.settings);
  if (!user) return <SignInRequired />;
  const query = await searchParams;
  const settings = await readModerationSettings();
  return (
    <ActionScope action={settingsAction} initial={readFlash<AdminFormState>(query.flash) ?? null}>
      <h1 className="admin-title">إعدادات المراجعة</h1>
      <p className="admin-lead">
        تُطبَّق هذه القواعد على كل تعليق جديد بهذا الترتيب: قائمة الحظر، ثم كلمات المراجعة، ثم عدد الروابط، ثم الموافقة اليدوية،
        ثم شرط التعليق المعتمد السابق. وما لا تلتقطه قاعدة يُنشر مباشرة.
      </p>
      <ActionMessage />
      <SettingsForm saved={settingsFormValues(settings)} returnTo={adminPaths.settings} />
    </ActionScope>
  );
}
