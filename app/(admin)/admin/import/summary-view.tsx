import type { ArticleStatus, CommentStatus } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import type { ImportSummary } from '@/lib/wordpress/summary';

// A finished import's summary, in Arabic: what came in, what was left out and why.

const articleStatusLabels: Record<ArticleStatus, string> = { published: 'منشور', scheduled: 'مجدول', review: 'بانتظار المراجعة', draft: 'مسودة' };
const commentStatusLabels: Record<CommentStatus, string> = { approved: 'معتمد', pending: 'بانتظار المراجعة', spam: 'مزعج', trash: 'في المهملات' };
const skippedLabels: Record<string, string> = { page: 'صفحات', attachment: 'مرفقات', nav_menu_item: 'عناصر قوائم', pingback: 'إشارات (pingback)', trackback: 'تعقيبات (trackback)', empty: 'فارغة' };

const n = formatNumber;

function Counts({ counts, labels }: { counts: Record<string, number>; labels: Record<string, string> }) {
  const entries = Object.entries(counts).filter(([, value]) => value > 0);
  if (!entries.length) return <>لا شيء</>;
  return <>{entries.map(([key, value]) => `${labels[key] ?? key} ${n(value)}`).join('، ')}</>;
}

export function SummaryView({ summary }: { summary: ImportSummary }) {
  const s = summary;
  return (
    <div className="import-summary" data-testid="import-summary">
      <ul>
        <li>
          المقالات: {n(s.posts.imported)} جديدة، {n(s.posts.updated)} محدَّثة، {n(s.posts.unchanged)} دون تغيير
          {s.posts.keptLocalEdit > 0 && <>، {n(s.posts.keptLocalEdit)} أُبقي تعديلها هنا</>} (
          <Counts counts={s.posts.byStatus} labels={articleStatusLabels} />)
        </li>
        <li>
          التعليقات: {n(s.comments.imported)} جديدة (<Counts counts={s.comments.byStatus} labels={commentStatusLabels} />)، {n(s.comments.unchanged)} موجودة
          من قبل؛ لم تُستورد: <Counts counts={s.comments.skipped} labels={skippedLabels} />
        </li>
        <li>
          أقسام جديدة {n(s.sections.created)}، وسوم جديدة {n(s.tags.created)}، كتّاب جدد {n(s.authors.created)}
        </li>
        <li>
          تُركت: <Counts counts={s.skipped} labels={skippedLabels} />
        </li>
        <li>الروابط القديمة المحفوظة: {n(s.legacyPaths)}</li>
        <li>
          رموز قصيرة حُذفت: <Counts counts={s.shortcodesDropped} labels={{}} />
        </li>
      </ul>
      {s.externalImages.count > 0 && (
        <details>
          <summary>صور خارجية بقيت روابط إلى أصلها: {n(s.externalImages.count)}</summary>
          <ul dir="ltr">
            {s.externalImages.sample.map((url) => (
              <li key={url}>{url}</li>
            ))}
          </ul>
        </details>
      )}
      {s.featuredImages.count > 0 && (
        <details>
          <summary>صور بارزة لم تُستورد لأن ملفاتها ليست هنا: {n(s.featuredImages.count)}</summary>
          <ul>
            {s.featuredImages.sample.map((f) => (
              <li key={f.postId}>
                المقال {n(f.postId)}: <bdi dir="ltr">{f.url}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.pages.count > 0 && (
        <details>
          <summary>صفحات لم تُستورد (لا صفحات ثابتة في خبر بعد): {n(s.pages.count)}</summary>
          <ul>
            {s.pages.sample.map((p) => (
              <li key={p.id}>
                <bdi>{p.title}</bdi> — <bdi dir="ltr">{p.link}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.notes.length > 0 && (
        <details>
          <summary>ملاحظات: {n(s.notes.length)}</summary>
          <ul>
            {s.notes.map((note, i) => (
              <li key={i}>
                المقال {n(note.wpId)}: <bdi dir="ltr">{note.message}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>لم يُستورد: {n(s.failedCount + s.xmlErrors.length)}</h3>
      {(s.failed.length > 0 || s.xmlErrors.length > 0) && (
        <ul data-testid="import-failures">
          {s.failed.map((f, i) => (
            <li key={i}>
              السطر {n(f.line)}
              {f.wpId !== null && <> (العنصر {n(f.wpId)})</>}: <bdi dir="ltr">{f.reason}</bdi>
            </li>
          ))}
          {s.xmlErrors.map((e, i) => (
            <li key={`x${i}`}>
              السطر {n(e.line)}: <bdi dir="ltr">{e.message}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
