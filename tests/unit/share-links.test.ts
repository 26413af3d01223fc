import { expect, it } from 'vitest';
import { shareLinks } from '@/lib/share-links';

const url = 'https://khabar.example/news/7/%D8%AE%D8%A8%D8%B1';
const title = 'عنوان الخبر & "تفاصيله"';

it('gives each network its plain share address with the encoded link and title, nothing else', () => {
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.network, l]));
  expect(Object.keys(links)).toEqual(['whatsapp', 'telegram', 'x', 'facebook']);
  expect(new URL(links.whatsapp!.href).searchParams.get('text')).toBe(`${title}\n${url}`);
  expect(new URL(links.telegram!.href).searchParams.get('url')).toBe(url);
  expect(new URL(links.telegram!.href).searchParams.get('text')).toBe(title);
  expect(new URL(links.x!.href).searchParams.get('url')).toBe(url);
  expect(new URL(links.x!.href).searchParams.get('text')).toBe(title);
  expect(new URL(links.facebook!.href).searchParams.get('u')).toBe(url);
  for (const link of Object.values(links)) {
    expect(new URL(link!.href).protocol).toBe('https:');
    expect(link!.href).not.toMatch(/utm_|fbclid|ref=/);
  }
  expect(Object.values(links).map((l) => l!.name)).toEqual(['واتساب', 'تيليغرام', 'إكس', 'فيسبوك']);
});
