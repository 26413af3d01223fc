import { authorArchive } from '@/components/site/archives';
import type { ArchiveParams } from '@/components/site/archive-route';
import { getAuthorSlugs } from '@/db/cached/taxonomy';

export async function generateStaticParams() {
  return (await getAuthorSlugs()).map((slug) => ({ slug }));
}

export function generateMetadata({ params }: { params: ArchiveParams }) {
  return authorArchive.metadata(params);
}

export default function Page({ params }: { params: ArchiveParams }) {
  return <authorArchive.Route params={params} />;
}
