// Text as XML 1.0 accepts it. Feeds and sitemaps carry what editors, importers and commenters wrote;
// one stray control character (pasted from Word, a WordPress export) makes a whole document unreadable.

// Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab and newlines, U+FFFE/U+FFFF,
// and UTF-16 halves without their pair.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for an element's content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Text for a CDATA section, which cannot hold `]]>`. In HTML `]]&gt;` reads the same; the feed
 * library would split only the first occurrence itself.
 */
export function cdataSafe(text: string): string {
  return xmlChars(text).replaceAll(']]>', ']]&gt;');
}
