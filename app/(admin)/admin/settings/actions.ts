'use server';

import { refresh } from 'next/cache';
import { saveModerationSettings } from '@/db/queries/settings';
import { requireAdminAction } from '@/lib/admin/guard';
import { formResult } from '@/lib/forms/flash';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { messages } from '@/lib/admin/messages';
import { adminPaths, adminReturnTo } from '@/lib/admin/paths';
import { cacheTags } from '@/lib/cache-tags';
import { moderationSettingsSchema } from '@/lib/comments/settings';
import { fieldErrors } from '@/lib/validation/auth';
import { settingsFormSchema } from '@/lib/validation/settings-form';
import { expireTags } from '@/lib/cache/expire';

const FIELDS = [
  'blocklist',
  'moderationWords',
  'maxLinks',
  'manualApproval',
  'requirePriorApproval',
  'closeOld',
  'closeAfterDays',
  'threadDepth',
  'commentsPerPage',
  'pendingNotice',
  'pendingDigestMinutes',
] as const;

/** Saves the moderation rules; new comments follow them from the next one on. */
export async function settingsAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  const returnTo = adminReturnTo(form.get('returnTo'), adminPaths.settings);
  const auth = await requireAdminAction('administer', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);

  const fields = formFields(form, FIELDS);
  const parsed = settingsFormSchema.safeParse(fields);
  if (!parsed.success) {
    const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? '']));
    return formResult<AdminFormState>(
      { ok: false, message: messages.settingsInvalid, errors: fieldErrors(parsed.error), values },
      returnTo,
    );
  }
  await saveModerationSettings(auth.user.id, moderationSettingsSchema.parse(parsed.data));
  // Reader pages read the thread depth and the comments per page from the settings.
  expireTags(cacheTags.settings);
  refresh();
  return formResult<AdminFormState>({ ok: true, message: messages.settingsSaved }, returnTo);
}
