export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'\u061F\u060C]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»”'"]+$/u;

/** Paragraphs (blank-line separated) of lines, each split into plain text and http(s) links. */
export function formatCommentText(body: string): TextPiece[][][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((paragraph) => paragraph.split('\n').map(linkify));
}

function linkify(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const start = match.index;
    if (start > last) pieces.push({ kind: 'text', text: line.slice(last, start) });
    pieces.push({ kind: 'link', href: url, text: url });
    last = start + url.length;
  }
  if (last < line.length) pieces.push({ kind: 'text', text: line.slice(last) });
  return pieces;
}
