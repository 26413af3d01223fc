import localFont from 'next/font/local';

// The brand face (IBM Plex Sans Arabic, bold) is for headlines only; body text is the reader's own
// system Arabic face (San Francisco Arabic, Noto Sans Arabic, Segoe UI), which costs nothing.
// display: optional: a phone that does not have the headline face within ~100 ms keeps the system
// face for that page view (no swap, no re-layout, CLS 0) and has it cached for the next one.
export const arabicFont = localFont({
  src: [{ path: './fonts/plex-arabic-700.woff2', weight: '700', style: 'normal' }],
  variable: '--font-arabic',
  display: 'optional',
  fallback: ['system-ui', 'Tahoma', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

export const latinFont = localFont({
  src: [{ path: './fonts/plex-latin-700.woff2', weight: '700', style: 'normal' }],
  variable: '--font-latin',
  display: 'optional',
  preload: false,
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});
