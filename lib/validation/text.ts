import { stripInvisible } from '@/lib/text/invisible';

// C0/C1 control characters except tab and newline.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * User text as stored and as every check sees it: well-formed UTF-16 (lone surrogates from broken
 * UTF-8 replaced), Unix line breaks, no control or invisible characters (lib/text/invisible.ts), no
 * trailing spaces per line, at most one blank line in a row.
 */
export function cleanText(input: string): string {
  return stripInvisible(input.toWellFormed())
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/[ \u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
