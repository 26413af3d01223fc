import type { Metadata, Viewport } from 'next';
import { env } from '@/lib/env';
import { siteMetadataDefaults } from '@/lib/metadata';
import { SITE_NAME, SITE_DESCRIPTION } from '@/lib/site';
import { arabicFont, latinFont } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: `${SITE_NAME} — ${SITE_DESCRIPTION}`, template: `%s — ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  ...siteMetadataDefaults,
};

export const viewport: Viewport = {
  themeColor: '#b3121f',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={`${arabicFont.variable} ${latinFont.variable}`}>
      <body>{children}</body>
    </html>
  );
}
