import { SEARCH_PATH } from '@/lib/search/route';
import { searchMessages as m } from '@/lib/search/messages';
import { MAX_QUERY_CHARS } from '@/lib/search/query';

type Props = { id: string; query?: string; className?: string };

/** A plain GET form to /search: it works before (and without) any JavaScript. */
export function SearchForm({ id, query = '', className = 'search-form' }: Props) {
  return (
    <form className={className} action={SEARCH_PATH} method="get" role="search">
      <label htmlFor={id} className="visually-hidden">
        {m.label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={m.placeholder}
        maxLength={MAX_QUERY_CHARS}
        enterKeyHint="search"
        autoComplete="off"
      />
      <button type="submit" className="button">
        {m.submit}
      </button>
    </form>
  );
}
