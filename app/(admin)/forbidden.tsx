import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

/** Shown to a signed-in commenter (or a banned account) who opens the admin area. */
export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <ForbiddenNotice />
      </main>
      <SiteFooter />
    </>
  );
}
