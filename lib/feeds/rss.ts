import { Feed } from 'feed';
import { SITE_NAME } from '@/lib/site';
import { cdataSafe, xmlChars } from '@/lib/xml/text';
import { feedTexts } from './texts';

/** A channel: its title and description, the page it mirrors and its own address (absolute URLs). */
export type RssChannel = { title: string; description: string; link: string; self: string; image: string; updated: Date };

/** One item; `html` is the whole text (content:encoded), `description` its summary, as HTML. */
export type RssEntry = {
  title: string;
  link: string;
  /** Stable across slug changes (WordPress's ?p=123 plays that part). */
  guid: string;
  date: Date;
  description: string;
  html: string;
  creator: string;
  categories: string[];
  enclosure?: { url: string; type: string; length: number };
};

/** An RSS 2.0 document, in Arabic, written by the `feed` library. */
export function rssXml(channel: RssChannel, entries: readonly RssEntry[]): string {
  const feed = new Feed({
    title: xmlChars(channel.title),
    description: xmlChars(channel.description),
    id: channel.link,
    link: channel.link,
    language: 'ar',
    feedLinks: { rss: channel.self },
    image: channel.image,
    copyright: feedTexts.copyright,
    updated: channel.updated,
    generator: SITE_NAME,
  });
  for (const entry of entries) {
    feed.addItem({
      title: cdataSafe(entry.title),
      link: entry.link,
      id: entry.guid,
      date: entry.date,
      description: cdataSafe(entry.description),
      content: cdataSafe(entry.html),
      category: entry.categories.map((name) => ({ name: xmlChars(name) })),
      // RSS's <author> must be an email address, which is never shown: Dublin Core's creator, as WordPress does.
      extensions: [{ name: 'dc:creator', objects: { _cdata: cdataSafe(entry.creator) } }],
      ...(entry.enclosure ? { enclosure: entry.enclosure } : {}),
    });
  }
  return feed.rss2();
}
