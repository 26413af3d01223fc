import { jsonLdText } from '@/lib/structured-data';

/** One schema.org object as JSON-LD in the page. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
