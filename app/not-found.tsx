import type { Metadata } from 'next';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

export const metadata: Metadata = {
  title: 'الصفحة غير موجودة',
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container not-found">
        <p className="not-found__code">٤٠٤</p>
        <h1>عذراً، لم نعثر على هذه الصفحة</h1>
        <p>ربما حُذفت الصفحة أو تغيّر عنوانها، أو أن الرابط الذي اتبعته غير صحيح.</p>
        <p>
          <a href="/">العودة إلى الصفحة الرئيسية</a>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
