import { getSections } from '@/db/cached/taxonomy';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { sectionPath } from '@/lib/urls';
import { SearchForm } from './search-form';

export async function SiteHeader() {
  const sections = await getSections();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        انتقل إلى المحتوى
      </a>
      <div className="container site-header__top">
        <div>
          <a className="brand" href="/">
            {SITE_NAME}
          </a>
          <p className="brand__tagline">{SITE_DESCRIPTION}</p>
        </div>
        <SearchForm id="site-search-q" />
      </div>
      <nav className="site-nav" aria-label="الأقسام">
        <ul className="container">
          <li>
            <a href="/">الرئيسية</a>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.slug)}>
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
