import { loadArticle, type ArticleParams } from './load-article';

export async function generateStaticParams() {
  return [{ id: '1' }];
}

/** /news/<id> without a slug: loadArticle redirects to the canonical URL or answers 404. */
export default async function ArticleIdPage({ params }: { params: ArticleParams }) {
  await loadArticle(params);
  return null;
}
