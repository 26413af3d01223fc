import { sectionArchive } from '@/components/site/archives';
import type { ArchiveParams } from '@/components/site/archive-route';
import { getSectionSlugs } from '@/db/cached/taxonomy';

export async function generateStaticParams() {
  return (await getSectionSlugs()).map((slug) => ({ slug }));
}

export function generateMetadata({ params }: { params: ArchiveParams }) {
  return sectionArchive.metadata(params);
}

export default function Page({ params }: { params: ArchiveParams }) {
  return <sectionArchive.Route params={params} />;
}
