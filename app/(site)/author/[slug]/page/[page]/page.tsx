import { authorArchive } from '@/components/site/archives';
import type { ArchiveParams } from '@/components/site/archive-route';
import { getAuthorSlugs } from '@/db/cached/taxonomy';

export async function generateStaticParams() {
  return (await getAuthorSlugs()).slice(0, 1).map((slug) => ({ slug, page: '2' }));
}

export function generateMetadata({ params }: { params: ArchiveParams }) {
  return authorArchive.metadata(params);
}

export default function Page({ params }: { params: ArchiveParams }) {
  return <authorArchive.Route params={params} />;
}
