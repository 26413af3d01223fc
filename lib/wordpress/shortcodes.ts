// WordPress shortcodes in a body: [caption] becomes a <figure> (held as a placeholder until the
// paragraphs are made, so it is never wrapped in <p>), [embed]URL[/embed] the URL on its own line,
// and every other one is removed and counted; the text an enclosing one wraps is kept.
// [[name]] is WordPress's escape for the literal text "[name]".

export type ShortcodeResult = { html: string; figures: string[]; dropped: Record<string, number> };

const OPEN = /\[(\[?)([A-Za-z][\w-]*)(?=[\s\]/])([^\]]*?)(\/?)\](\]?)/g;

export const figurePlaceholder = (i: number) => `\uE000${i}\uE001`;
const PLACEHOLDER = /(?:<p>\s*)?\uE000(\d+)\uE001(?:\s*<\/p>)?/g;

export function shortcodes(html: string): ShortcodeResult {
  const figures: string[] = [];
  const dropped: Record<string, number> = {};
  const run = (text: string): string => {
    let out = '';
    let from = 0;
    const re = new RegExp(OPEN.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [whole, escOpen, name, attrs = '', selfClosing, escClose] = m;
      out += text.slice(from, m.index);
      from = re.lastIndex;
      if (escOpen && escClose) {
        out += whole.slice(1, -1);
        continue;
      }
      let content = '';
      if (!selfClosing) {
        const closer = `[/${name}]`;
        const end = text.indexOf(closer, re.lastIndex);
        if (end >= 0) {
          content = text.slice(re.lastIndex, end);
          from = end + closer.length;
          re.lastIndex = from;
        }
      }
      const lower = name!.toLowerCase();
      if (lower === 'caption' || lower === 'wp_caption') {
        figures.push(caption(attrs, content));
        out += `\n\n${figurePlaceholder(figures.length - 1)}\n\n`;
      } else if (lower === 'embed') {
        out += `\n\n${content.trim()}\n\n`;
      } else {
        dropped[lower] = (dropped[lower] ?? 0) + 1;
        out += run(content);
      }
    }
    return out + text.slice(from);
  };
  return { html: run(html), figures, dropped };
}

/** [caption]<a><img></a> text[/caption] (or the older caption="text" attribute) → <figure>. */
function caption(attrs: string, content: string): string {
  const picture = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(content)?.[0] ?? '';
  const text = (content.replace(picture, '').trim() || /caption\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] || '').trim();
  return `<figure>${picture}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

/** Puts the figures back where their placeholders are (dropping the <p> autop put around them). */
export function restoreFigures(html: string, figures: string[]): string {
  return html.replace(PLACEHOLDER, (_, i: string) => figures[Number(i)] ?? '');
}
