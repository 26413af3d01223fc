import type { Metadata } from 'next';
import { AdminDate } from '@/components/admin/admin-date';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { listImportRuns } from '@/db/queries/import-runs';
import type { ImportRunRow } from '@/db/queries/import';
import { requireAdminPage } from '@/lib/admin/guard';
import { adminPageAccess } from '@/lib/admin/paths';
import { formatNumber } from '@/lib/arabic/numbers';
import { activeImportRun } from '@/lib/wordpress/background';
import { importMessages } from '@/lib/wordpress/messages';
import type { ImportSummary } from '@/lib/wordpress/summary';
import { SummaryView } from './summary-view';
import { UploadForm } from './upload-form';
import './import.css';

export const instant = false;

export const metadata: Metadata = { title: 'الاستيراد من ووردبريس' };

function RunState({ run }: { run: ImportRunRow }) {
  if (run.status === 'done') return <SummaryView summary={run.summary as ImportSummary} />;
  if (run.status === 'failed') return <p className="admin-notice admin-notice--error">{run.error}</p>;
  if (run.id !== activeImportRun()) return <p className="admin-notice admin-notice--error">{importMessages.interrupted}</p>;
  const share = run.bytesTotal ? Math.round((run.bytesRead / run.bytesTotal) * 100) : 0;
  return <p>يجري الاستيراد: {formatNumber(share)}٪</p>;
}

export default async function ImportPage() {
  const user = await requireAdminPage(adminPageAccess.import);
  if (!user) return <SignInRequired />;
  const runs = await listImportRuns(10);
  return (
    <>
      <h1 className="admin-title">الاستيراد من ووردبريس</h1>
      <p className="admin-lead">
        ارفع ملف التصدير الذي يكتبه ووردبريس (أدوات ← تصدير ← كل المحتوى). تُستورد المقالات والتصنيفات والوسوم والكتّاب والتعليقات
        بحالاتها، وتبقى الروابط القديمة تعمل بتحويلها إلى عناوينها الجديدة. إعادة رفع الملف نفسه لا تكرر شيئاً. للملفات الكبيرة جداً
        استخدم الأمر <bdi dir="ltr">npm run import:wordpress</bdi> من الطرفية.
      </p>
      <UploadForm />
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">آخر عمليات الاستيراد</h2>
        {runs.length === 0 ? (
          <p className="admin-empty">لم يُستورد شيء بعد.</p>
        ) : (
          <ol className="import-runs" data-testid="import-runs">
            {runs.map((run) => (
              <li key={run.id}>
                <h3>
                  <bdi>{run.fileName}</bdi> — <AdminDate date={run.startedAt} />
                </h3>
                <RunState run={run} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
