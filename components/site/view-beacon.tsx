import { VIEW_BEACON } from '@/lib/hydration/page-scripts';

/** Counts one view per page load without the framework and without making the cached page dynamic. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  return <script data-article={String(articleId)} dangerouslySetInnerHTML={{ __html: VIEW_BEACON }} />;
}
