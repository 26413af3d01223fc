import { getMostCommentedArticles, getMostReadArticles } from '@/db/cached/popular-articles';
import { RankedBlock } from './ranked-block';

/** "الأكثر قراءة" this week and "الأكثر تعليقاً", each shown only when it has something to list. */
export async function PopularBlocks({ limit = 5 }: { limit?: number }) {
  const [mostRead, mostCommented] = await Promise.all([getMostReadArticles(limit), getMostCommentedArticles(limit)]);
  return (
    <>
      <RankedBlock id="most-read-title" title="الأكثر قراءة" articles={mostRead} as="aside" />
      <RankedBlock id="most-commented-title" title="الأكثر تعليقاً" articles={mostCommented} as="aside" />
    </>
  );
}
