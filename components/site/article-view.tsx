import type { ArticleDetail } from '@/db/queries/articles';
import { getLatestArticles, getRelatedArticles } from '@/db/cached/articles';
import { CommentSection } from '@/components/comments/comment-section';
import { env } from '@/lib/env';
import { articlePath, tagPath } from '@/lib/urls';
import { ArticleBody } from './article-body';
import { ArticleBreadcrumbs } from './article-breadcrumbs';
import { ArticleJsonLd } from './article-json-ld';
import { ArticleMeta } from './article-meta';
import { CoverImage, coverSizes } from './cover-image';
import { ArticleGrid } from './article-list';
import { LATEST_STRIP_LENGTH, LatestStrip } from './latest-strip';
import { PopularBlocks } from './popular-blocks';
import { ShareLinks } from './share-links';
import { ViewBeacon } from './view-beacon';

export async function ArticleView({ article }: { article: ArticleDetail }) {
  const [related, latest] = await Promise.all([getRelatedArticles(article, 4), getLatestArticles(LATEST_STRIP_LENGTH)]);
  const url = articlePath(article);
  return (
    <>
      <LatestStrip articles={latest.filter((a) => a.id !== article.id)} />
      <div className="article-layout">
        <div>
          <article className="article" aria-labelledby="article-title">
            <ArticleBreadcrumbs article={article} />
            <h1 id="article-title" className="article__title">
              {article.title}
            </h1>
            {article.excerpt && <p className="article__excerpt">{article.excerpt}</p>}
            <ArticleMeta article={article} />
            {article.cover && (
              <figure className="article__cover">
                <CoverImage cover={article.cover} sizes={coverSizes.article} load="priority" />
                {article.cover.caption && <figcaption>{article.cover.caption}</figcaption>}
              </figure>
            )}
            <ArticleBody body={article.body} bodyHtml={article.bodyHtml} />
            <ShareLinks url={new URL(url, env().SITE_URL).toString()} title={article.title} />
            {article.tags.length > 0 && (
              <ul className="tag-list" aria-label="الوسوم">
                {article.tags.map((t) => (
                  <li key={t.id}>
                    <a href={tagPath(t.slug)} rel="tag">
                      {t.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </article>
          {related.length > 0 && (
            <section className="related" aria-labelledby="related-title">
              <h2 id="related-title" className="block-title">
                <span>قد يعجبك ايضا</span>
              </h2>
              <ArticleGrid articles={related} />
            </section>
          )}
          <CommentSection article={article} />
        </div>
        <div className="side-blocks">
          <PopularBlocks />
        </div>
      </div>
      <ArticleJsonLd article={article} url={url} />
      <ViewBeacon articleId={article.id} />
    </>
  );
}
