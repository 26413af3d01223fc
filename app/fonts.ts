import localFont from 'next/font/local';

// IBM Plex Sans Arabic, self-hosted and split into its Arabic and Latin subsets:
// a page downloads only the subset it uses, and the adjusted fallback keeps CLS at 0.
export const arabicFont = localFont({
  src: [
    { path: './fonts/plex-arabic-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/plex-arabic-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-arabic',
  display: 'swap',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

export const latinFont = localFont({
  src: [
    { path: './fonts/plex-latin-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/plex-latin-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-latin',
  display: 'swap',
  preload: false,
  fallback: ['Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});
