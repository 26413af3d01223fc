import { SearchForm } from '@/components/site/search-form';
import { pageMetadata } from '@/lib/metadata';
import { searchMessages as m } from '@/lib/search/messages';
import { SEARCH_PATH } from '@/lib/search/route';

// `/search` without a query; with one, proxy.ts serves ./[key] instead.
export const metadata = pageMetadata({ title: m.title, description: m.description, path: SEARCH_PATH, noindex: true });

export default function SearchHome() {
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title" className="page-title">
        {m.title}
      </h1>
      <SearchForm id="search-page-q" className="search-form search-form--page" />
      <p className="search-page__note">{m.emptyIntro}</p>
    </section>
  );
}
