import { HydrationSignal } from './hydration-signal';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        {children}
      </main>
      <SiteFooter />
      <HydrationSignal />
    </>
  );
}
