/**
 * The direction a block of body text is shown in.
 *
 * Blocks carry `dir="auto"`, which the browser resolves from the FIRST strong character. That is right
 * for a paragraph of English in an Arabic article, and wrong for the very common Arabic sentence that
 * opens with a Latin name ("Apple تعلن عن هاتف جديد" would be laid out left to right). So the rule is:
 * the direction of the majority of strong characters (Arabic wins a tie: this is an Arabic site);
 * `auto` when that is what the first strong character gives anyway (so an English paragraph still gets
 * `dir="auto"`), the explicit direction only when `auto` would pick the wrong one. Used by the server
 * render (stored HTML) and by the editor (a decoration while typing), so both agree.
 */
export type BlockDirection = 'auto' | 'rtl' | 'ltr';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG = /[\p{L}]/u;

export function blockDirection(text: string): BlockDirection {
  let rtl = 0;
  let ltr = 0;
  let first: 'rtl' | 'ltr' | null = null;
  for (const char of text) {
    if (!STRONG.test(char)) continue;
    const dir = RTL.test(char) ? 'rtl' : 'ltr';
    if (dir === 'rtl') rtl++;
    else ltr++;
    first ??= dir;
  }
  if (first === null) return 'auto';
  const majority = rtl >= ltr ? 'rtl' : 'ltr';
  return majority === first ? 'auto' : majority;
}
