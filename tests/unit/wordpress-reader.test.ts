import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWxrParser, NotWxrError, NotXmlError, readWxrFile, sniffWxr, type WxrItem, type WxrRecord } from '@/lib/wordpress/wxr-reader';

const SAMPLE = 'docs/samples/wordpress-sample.xml';
const FIXTURE = 'tests/fixtures/wordpress/sahifa-export.xml';
const sample = fs.readFileSync(SAMPLE, 'utf8');

function parse(xml: string, chunk = 4096): WxrRecord[] {
  const parser = createWxrParser();
  const records: WxrRecord[] = [];
  for (let i = 0; i < xml.length; i += chunk) {
    parser.write(xml.slice(i, i + chunk));
    records.push(...parser.take());
  }
  parser.end();
  return [...records, ...parser.take()];
}

const items = (records: WxrRecord[]): WxrItem[] => records.flatMap((r) => (r.kind === 'item' ? [r.item] : []));
const item = (records: WxrRecord[], id: number) => items(records).find((i) => i.postId === id)!;

async function readFile(file: string, highWaterMark?: number): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxrFile(file, { highWaterMark }).records) records.push(record);
  return records;
}

function lineOf(xml: string, needle: string): number {
  return xml.slice(0, xml.indexOf(needle)).split('\n').length;
}

describe('the WXR reader', () => {
  it('reads the research sample: channel, authors, terms, items, comments', () => {
    const records = parse(sample);
    const kinds = records.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'author')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'category')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'tag')).toHaveLength(3);
    expect(items(records).map((i) => i.postId)).toEqual([2, 101, 102, 104, 105, 106]);
    const channel = records.find((r) => r.kind === 'channel');
    expect(channel).toMatchObject({ channel: { wxrVersion: '1.2', baseSiteUrl: 'https://akhbar.example.com' } });
    const post = item(records, 101);
    expect(post.comments.map((c) => c.id)).toEqual([501, 502, 503, 504, 505, 506]);
    expect(post.meta.filter((m) => m.key === '_wp_old_slug')).toHaveLength(1);
    expect(post.terms.map((t) => t.domain)).toEqual(['category', 'post_tag', 'post_tag']);
    expect(post.title).toBe('عمليات أميركية في دير الزور لإخلاء عناصر "داعش" & قياداته');
    expect(items(records).every((i) => i.errors.length === 0)).toBe(true);
  });

  it('joins a value WordPress split into two CDATA sections around "]]>"', () => {
    const spam = item(parse(sample), 101).comments.find((c) => c.id === 504)!;
    expect(spam.content).toBe('Great post!!! <a href="http://spam.example/pills">buy now</a> ]]> <script>alert(1)</script>');
    expect(item(parse(sample), 101).comments.find((c) => c.id === 505)!.meta._wp_trash_meta_status).toBe('0');
  });

  it('gives the same records whatever the chunk size, with Arabic letters split between file chunks', async () => {
    const whole = await readFile(FIXTURE);
    const tiny = await readFile(FIXTURE, 7);
    expect(tiny).toEqual(whole);
    expect(parse(sample, 13)).toEqual(parse(sample));
  });

  it('reassembles a 300,000-character body that the parser hands over in pieces', () => {
    const body = 'سطر طويل من النص العربي. '.repeat(12_000);
    const big = sample.replace('نص أولي لم يكتمل بعد.', body);
    expect(item(parse(big, 65_536), 105).content).toBe(body);
  });

  it('marks the fixture\'s malformed item with its line and reads every other item whole', () => {
    const xml = fs.readFileSync(FIXTURE, 'utf8');
    const records = parse(xml);
    const broken = item(records, 207);
    expect(broken.errors[0]).toMatch(new RegExp(`^XML error at line ${lineOf(xml, 'أسعار الذهب &')}: `));
    expect(items(records).filter((i) => i.errors.length).map((i) => i.postId)).toEqual([207]);
    expect(item(records, 208).title).toBe('Gold prices: الذهب يرتفع');
    expect(item(records, 201).comments).toHaveLength(6);
  });

  describe('damaged copies of the sample', () => {
    const bad = (from: string, to: string) => {
      expect(sample).toContain(from);
      return sample.replace(from, to);
    };

    it('a raw "&" in a title: that item fails at its line, the others come through', () => {
      const xml = bad('<title><![CDATA[الليرة تتراجع أمام الدولار]]></title>', '<title>الليرة & الدولار</title>');
      const records = parse(xml);
      expect(item(records, 104).errors[0]).toContain(`line ${lineOf(xml, 'الليرة & الدولار')}`);
      expect(items(records).filter((i) => !i.errors.length).map((i) => i.postId)).toEqual([2, 101, 102, 105, 106]);
    });

    it('a misspelt closing tag: that item fails, the later ones are whole', () => {
      const xml = bad('<wp:menu_order>0</wp:menu_order>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>1', '<wp:menu_order>0</wp:menu_ordr>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>1');
      const records = parse(xml);
      expect(item(records, 104).errors[0]).toContain(`line ${lineOf(xml, '</wp:menu_ordr>')}`);
      expect(item(records, 106).errors).toEqual([]);
      expect(item(records, 106).postType).toBe('post');
    });

    it('a control character pasted from Word inside CDATA is kept for the cleaner, not an error', () => {
      const records = parse(bad('نص أولي لم يكتمل بعد.', 'نص أولي\u000B لم يكتمل بعد.'));
      expect(item(records, 105).errors).toEqual([]);
    });

    it('a download cut short: the items before it are whole, the cut one fails, the end is reported with its line', () => {
      const cut = sample.slice(0, Math.floor(sample.length * 0.6));
      const records = parse(cut);
      const whole = items(records).filter((i) => !i.errors.length);
      expect(whole.length).toBeGreaterThanOrEqual(2);
      expect(items(records).at(-1)!.errors[0]).toMatch(/ends at line \d+ inside this item/);
      expect(records.at(-1)).toMatchObject({ kind: 'error', line: cut.split('\n').length, message: expect.stringMatching(/before <\/rss>/) });
    });

    it('an HTML page is refused as not a WordPress export', () => {
      expect(() => parse('<!DOCTYPE html>\n<html><body><p>502 Bad Gateway</p></body></html>')).toThrow(NotWxrError);
    });

    it('an RSS feed without wp:wxr_version is refused, naming the line', () => {
      const xml = bad('<wp:wxr_version>1.2</wp:wxr_version>', '');
      expect(() => parse(xml)).toThrow(/no <wp:wxr_version> before line \d+/);
    });

    it('a file that is not XML at all is refused at once', () => {
      expect(() => parse('PK\u0003\u0004 zip bytes')).toThrow(NotXmlError);
      expect(() => parse('')).toThrow(NotXmlError);
    });
  });

  it('reads a file on disk as a stream and reports the bytes read', async () => {
    const file = path.join(os.tmpdir(), `wxr-${process.pid}.xml`);
    fs.writeFileSync(file, sample);
    const reader = readWxrFile(file, { highWaterMark: 1024 });
    let count = 0;
    for await (const record of reader.records) if (record.kind === 'item') count++;
    expect(count).toBe(6);
    expect(reader.bytesRead()).toBe(reader.bytesTotal);
    fs.rmSync(file);
  });

  it('tells an upload\'s kind from its first bytes', () => {
    expect(sniffWxr(sample.slice(0, 2000))).toBe('wxr');
    expect(sniffWxr('\uFEFF  ' + sample.slice(0, 2000))).toBe('wxr');
    expect(sniffWxr('<html><body>hi</body></html>')).toBe('not-wxr');
    expect(sniffWxr('\u0089PNG\r\n')).toBe('not-xml');
  });
});
