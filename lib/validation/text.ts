// C0/C1 control characters except tab and newline, plus bidi overrides that could disguise text.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * User text as stored: well-formed UTF-16 (lone surrogates from broken UTF-8 replaced), Unix line
 * breaks, no control characters, no trailing spaces per line, at most one blank line in a row.
 */
export function cleanText(input: string): string {
  return input
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/[ \u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
