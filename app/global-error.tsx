'use client';

import { ErrorNotice, errorMessages } from '@/components/errors/error-notice';
import { SITE_NAME } from '@/lib/site';
import { arabicFont, latinFont } from './fonts';
import './globals.css';

/** The root layout itself failed: this page replaces it, so it brings its own document, styles and fonts. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ar" dir="rtl" className={`${arabicFont.variable} ${latinFont.variable}`}>
      <body>
        <title>{`${errorMessages.title} — ${SITE_NAME}`}</title>
        <meta name="robots" content="noindex" />
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
