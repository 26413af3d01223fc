import { getSections } from '@/db/cached/taxonomy';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { sectionPath } from '@/lib/urls';

export async function SiteFooter() {
  const sections = await getSections();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <strong>{SITE_NAME}</strong> — {SITE_DESCRIPTION}
        </p>
        <nav aria-label="أقسام الموقع">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={sectionPath(s.slug)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>جميع الحقوق محفوظة لموقع {SITE_NAME}.</p>
      </div>
    </footer>
  );
}
