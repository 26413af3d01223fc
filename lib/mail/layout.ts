import { env } from '@/lib/env';
import { escapeHtml } from '@/lib/rich-text/doc';

export const siteLink = (path: string) => new URL(path, env().SITE_URL).toString();

export type MailBlock = { paragraph: string } | { button: { label: string; href: string } } | { quote: string } | { small: string };

/** The HTML part: right to left, Arabic first, inline styles only (mail clients drop <style>). */
export function mailHtml(title: string, blocks: readonly MailBlock[]): string {
  const body = blocks
    .map((b) => {
      if ('paragraph' in b) return `<p style="margin:0 0 16px">${escapeHtml(b.paragraph)}</p>`;
      if ('quote' in b) return `<blockquote dir="auto" style="margin:0 0 16px;padding:8px 12px;border-inline-start:4px solid #b91c1c;background:#f5f5f4">${escapeHtml(b.quote)}</blockquote>`;
      if ('small' in b) return `<p style="margin:24px 0 0;font-size:13px;color:#57534e">${escapeHtml(b.small)}</p>`;
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(b.button.href)}" style="display:inline-block;padding:10px 18px;background:#b91c1c;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(b.button.label)}</a></p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body dir="rtl" style="margin:0;padding:24px;font-family:Tahoma,Arial,sans-serif;font-size:16px;line-height:1.7;color:#1c1917;text-align:right">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>
${body}
<p style="margin:24px 0 0;font-size:13px;color:#57534e">خبر — ${escapeHtml(siteLink('/'))}</p>
</body></html>`;
}

/** The plain-text part: the same blocks, links written out. */
export function mailText(title: string, blocks: readonly MailBlock[]): string {
  const lines = blocks.map((b) => {
    if ('paragraph' in b) return b.paragraph;
    if ('quote' in b) return b.quote.split('\n').map((l) => `> ${l}`).join('\n');
    if ('small' in b) return b.small;
    return `${b.button.label}:\n${b.button.href}`;
  });
  return [title, '', ...lines.flatMap((l) => [l, '']), `خبر — ${siteLink('/')}`].join('\n');
}

export function composeMail(to: string, subject: string, blocks: readonly MailBlock[], headers?: Record<string, string>) {
  return { to, subject, text: mailText(subject, blocks), html: mailHtml(subject, blocks), headers };
}
