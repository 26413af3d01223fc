import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import ErrorPage from '@/app/error';
import { ErrorNotice } from '@/components/errors/error-notice';
import GlobalError from '@/app/global-error';

// next/font is compiled by Next's build; here each font only needs its class name.
vi.mock('next/font/local', () => ({ default: () => ({ variable: 'font-test' }) }));

const serverError = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2318870498' });

/** The text a reader sees: tags, and the digest's digits, removed. */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('error pages (app/error.tsx, app/global-error.tsx)', () => {
  it('tell the reader in Arabic, offer to try again or go home, and show the reference code', () => {
    const html = renderToString(createElement(ErrorPage, { error: serverError, retry: () => {} }));
    expect(html).toContain('<h1>حدث خطأ غير متوقع</h1>');
    expect(html).toMatch(/<button type="button" class="button">أعد المحاولة<\/button>/);
    expect(html).toContain('<a href="/">العودة إلى الصفحة الرئيسية</a>');
    expect(visibleText(html)).toContain('رمز الخطأ: 2318870498');
    expect(html).toContain('<code dir="ltr">2318870498</code>');
    expect(visibleText(html)).not.toMatch(/[A-Za-z]/);
    expect(html).not.toContain(serverError.message);
  });

  it('show no reference code for an error without one (thrown in the browser)', () => {
    const html = renderToString(createElement(ErrorPage, { error: 'not an Error', retry: () => {} }));
    expect(html).toContain('حدث خطأ غير متوقع');
    expect(html).not.toContain('رمز الخطأ');
  });

  it('bring their own Arabic, right-to-left document when the root layout failed', () => {
    const html = renderToString(createElement(GlobalError, { error: serverError, retry: () => {} }));
    expect(html).toMatch(/^<html lang="ar" dir="rtl" class="font-test font-test">/);
    expect(html).toContain('<title>حدث خطأ غير متوقع — خبر</title>');
    expect(html).toContain('أعد المحاولة');
    expect(visibleText(html.replace(/<title>.*<\/title>/, ''))).not.toMatch(/[A-Za-z]/);
  });

  it('try again with retry() (a fresh request to the server), from the button', () => {
    const retry = vi.fn();
    const button = findElement(ErrorNotice({ error: serverError, retry }), 'button');
    button?.props.onClick();
    expect(retry).toHaveBeenCalledOnce();
  });
});

type Element = { type: unknown; props: { onClick: () => void; children?: unknown } };

/** The first host element of this type in a rendered tree (no DOM needed). */
function findElement(node: unknown, type: string): Element | undefined {
  if (Array.isArray(node)) return node.map((child) => findElement(child, type)).find(Boolean);
  if (!node || typeof node !== 'object' || !('props' in node)) return undefined;
  const element = node as Element;
  return element.type === type ? element : findElement(element.props.children, type);
}
