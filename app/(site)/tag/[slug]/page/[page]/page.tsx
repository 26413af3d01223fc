import { tagArchive } from '@/components/site/archives';
import type { ArchiveParams } from '@/components/site/archive-route';
import { getTagSlugs } from '@/db/cached/taxonomy';

export async function generateStaticParams() {
  return (await getTagSlugs()).slice(0, 1).map((slug) => ({ slug, page: '2' }));
}

export function generateMetadata({ params }: { params: ArchiveParams }) {
  return tagArchive.metadata(params);
}

export default function Page({ params }: { params: ArchiveParams }) {
  return <tagArchive.Route params={params} />;
}
