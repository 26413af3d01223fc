export type SeedSection = {
  slug: string; // latin, e.g. "politics"
  name: string; // Arabic, e.g. "سياسة"
  position: number;
};

export type SeedAuthor = {
  slug: string; // latin, e.g. "rana-haddad"
  name: string; // Arabic full name
  bio: string; // one or two Arabic sentences
};

export type SeedArticle = {
  title: string; // Arabic headline
  excerpt: string; // one Arabic sentence, 20–40 words
  paragraphs: string[]; // 4–8 Arabic paragraphs
  section: string; // a SeedSection slug
  author: string; // a SeedAuthor slug
  tags: string[]; // Arabic tag names, 2–4 per article, shared between articles
  hoursAgo: number; // publication time relative to the seed run
  views: number;
};
