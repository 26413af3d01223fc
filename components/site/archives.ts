import { getAuthorArticles, getSectionArticles, getTagArticles } from '@/db/cached/articles';
import { getAuthor, getSection, getTag } from '@/db/cached/taxonomy';
import { feedTexts } from '@/lib/feeds/texts';
import { authorPath, feedPaths, sectionPath, tagPath } from '@/lib/urls';
import { archiveRoute } from './archive-route';

export const sectionArchive = archiveRoute({
  find: getSection,
  list: (section, page, perPage) => getSectionArticles(section.id, page, perPage),
  path: sectionPath,
  title: (section) => section.name,
  description: (section) => `آخر أخبار ${section.name} وتقاريرها ومقالاتها على موقع خبر.`,
  feed: (section) => ({ url: feedPaths.section(section.slug), title: feedTexts.section(section.name).link }),
  showSection: false,
});

export const tagArchive = archiveRoute({
  find: getTag,
  list: (tag, page, perPage) => getTagArticles(tag.id, page, perPage),
  path: tagPath,
  title: (tag) => `وسم: ${tag.name}`,
  description: (tag) => `كل ما نشره موقع خبر عن ${tag.name}.`,
  feed: (tag) => ({ url: feedPaths.tag(tag.slug), title: feedTexts.tag(tag.name).link }),
  showSection: true,
});

export const authorArchive = archiveRoute({
  find: getAuthor,
  list: (author, page, perPage) => getAuthorArticles(author.id, page, perPage),
  path: authorPath,
  title: (author) => author.name,
  description: (author) => author.bio || `مقالات ${author.name} على موقع خبر.`,
  intro: (author) => author.bio,
  feed: (author) => ({ url: feedPaths.author(author.slug), title: feedTexts.author(author.name).link }),
  showSection: true,
});
