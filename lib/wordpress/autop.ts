// Paragraphs for a classic-editor body, which WordPress stores with blank lines instead of <p>
// (its wpautop runs on display). Our own small version: blank lines separate paragraphs, a single
// line break inside one becomes <br>, and block elements are never wrapped in <p>.

const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|script|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|object|embed|noscript)';
const OPENS_BLOCK = new RegExp(`^</?${BLOCK}(?=[\\s/>])`, 'i');

export function autop(html: string): string {
  const spaced = html
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(`(<${BLOCK}(?=[\\s/>])[^>]*>)`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(</${BLOCK}>)`, 'gi'), '$1\n\n');
  return spaced
    .split(/\n[ \t]*\n/)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => (OPENS_BLOCK.test(piece) ? piece : `<p>${piece.replace(/[ \t]*\n[ \t]*/g, '<br />\n')}</p>`))
    .join('\n');
}
