import type { SeedSection } from './types';

export const sections: SeedSection[] = [
  { slug: 'politics', name: 'سياسة', position: 1 },
  { slug: 'economy', name: 'اقتصاد', position: 2 },
  { slug: 'sports', name: 'رياضة', position: 3 },
  { slug: 'culture', name: 'ثقافة', position: 4 },
  { slug: 'technology', name: 'تكنولوجيا', position: 5 },
  { slug: 'variety', name: 'منوعات', position: 6 },
];
