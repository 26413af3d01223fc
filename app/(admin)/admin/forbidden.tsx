import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { adminPaths } from '@/lib/admin/paths';

/** A moderator on an admin-only page: the refusal inside the admin frame. */
export default function AdminForbidden() {
  return <ForbiddenNotice back={{ href: adminPaths.home, label: 'العودة إلى لوحة الإدارة' }} />;
}
