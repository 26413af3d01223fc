import fs from 'node:fs';
import { parseArgs } from 'node:util';

// Writes a large WordPress export for measuring the import (README, "Moving from WordPress"):
//   npx tsx scripts/gen-wxr.ts --posts 20000 --comments 100000 --out /tmp/big.xml
// Arabic classic-editor bodies of ~3.7 KB with a [caption], a YouTube line and a shortcode, six
// categories, tags, three authors, threaded comments in every status, attachments as featured images.

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '20000' },
    comments: { type: 'string', default: '100000' },
    out: { type: 'string', default: '/tmp/khabar-big.xml' },
  },
});
const posts = Number(values.posts);
const totalComments = Number(values.comments);
const site = 'https://big.example.test';
const enc = (s: string) => encodeURIComponent(s).toLowerCase();
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const categories = ['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'منوعات'];
const tags = ['لبنان', 'سوريا', 'العراق', 'الأردن', 'مصر', 'الخليج', 'الطاقة', 'الانتخابات', 'الدولار', 'الطقس'];
const words = 'قال مصدر رسمي إن الحكومة ستعلن خلال الأيام المقبلة حزمة من الإجراءات الجديدة لدعم الأسواق المحلية وتخفيف أثر ارتفاع الأسعار على الأسر'.split(' ');

const paragraph = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ') + '.';

function body(id: number): string {
  const parts = [
    paragraph(id, 40),
    `[caption id="attachment_${id + 1_000_000}" align="aligncenter" width="1024"]<img src="${site}/wp-content/uploads/2020/01/p${id}.jpg" alt="صورة ${id}" width="1024" height="683" /> صورة من موقع الحدث ${id}[/caption]`,
    paragraph(id + 1, 45),
    `${paragraph(id + 2, 30)} &laquo;اقتباس&raquo;&nbsp;و<strong>نص بارز</strong> و<a href="${site}/?p=${Math.max(1, id - 1)}">خبر سابق</a>.`,
    '<!--more-->',
    paragraph(id + 3, 50),
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    paragraph(id + 4, 45),
    '[gallery ids="1,2,3"]',
    paragraph(id + 5, 40),
  ];
  return parts.join('\n\n');
}

const statuses = ['1', '1', '1', '0', 'spam', 'trash'];

function comments(postId: number, count: number, firstId: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const parent = i > 0 && i % 2 === 1 ? id - 1 : 0;
    const approved = statuses[id % statuses.length]!;
    out += `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(`قارئ ${id % 5000}`)}</wp:comment_author>`;
    out += `<wp:comment_author_email>${cdata(`reader${id % 5000}@example.net`)}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url>`;
    out += `<wp:comment_author_IP>${cdata(`203.0.113.${id % 250}`)}</wp:comment_author_IP>`;
    out += `<wp:comment_date>${cdata('2020-01-02 10:00:00')}</wp:comment_date><wp:comment_date_gmt>${cdata(`2020-01-02 07:${String(i % 60).padStart(2, '0')}:00`)}</wp:comment_date_gmt>`;
    out += `<wp:comment_content>${cdata(`تعليق رقم ${id} على الخبر ${postId}: ${paragraph(id, 18)}`)}</wp:comment_content>`;
    out += `<wp:comment_approved>${cdata(approved)}</wp:comment_approved><wp:comment_type>${cdata('comment')}</wp:comment_type>`;
    out += `<wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id>`;
    if (approved === 'trash') out += `<wp:commentmeta><wp:meta_key>${cdata('_wp_trash_meta_status')}</wp:meta_key><wp:meta_value>${cdata('1')}</wp:meta_value></wp:commentmeta>`;
    out += '</wp:comment>\n';
  }
  return out;
}

const fd = fs.openSync(values.out, 'w');
const write = (s: string) => fs.writeSync(fd, s);
write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>موقع كبير</title><link>${site}</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url><wp:base_blog_url>${site}</wp:base_blog_url>
`);
for (const [i, login] of ['editor1', 'editor2', 'editor3'].entries()) {
  write(`<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@big.example.test`)}</wp:author_email><wp:author_display_name>${cdata(`محرر ${i + 1}`)}</wp:author_display_name></wp:author>\n`);
}
categories.forEach((name, i) => {
  write(`<wp:category><wp:term_id>${i + 10}</wp:term_id><wp:category_nicename>${cdata(enc(name))}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`);
});
tags.forEach((name, i) => {
  write(`<wp:tag><wp:term_id>${i + 100}</wp:term_id><wp:tag_slug>${cdata(enc(name))}</wp:tag_slug><wp:tag_name>${cdata(name)}</wp:tag_name></wp:tag>\n`);
});

let commentId = 1;
for (let n = 0; n < posts; n++) {
  const id = n + 1;
  const count = Math.floor(((n + 1) * totalComments) / posts) - Math.floor((n * totalComments) / posts);
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const year = 2010 + (n % 14);
  const title = `خبر رقم ${id}: ${paragraph(id, 8)}`;
  const slug = enc(`خبر-${id}-${words[id % words.length]}`);
  const category = categories[n % categories.length]!;
  const tag = tags[n % tags.length]!;
  write(`<item><title>${cdata(title)}</title><link>${site}/${year}/${month}/${slug}/</link><dc:creator>${cdata(`editor${(n % 3) + 1}`)}</dc:creator>
<guid isPermaLink="false">${site}/?p=${id}</guid><content:encoded>${cdata(body(id))}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(`${year}-${month}-${day} 10:00:00`)}</wp:post_date><wp:post_date_gmt>${cdata(`${year}-${month}-${day} 07:00:00`)}</wp:post_date_gmt>
<wp:post_modified_gmt>${cdata(`${year}-${month}-${day} 08:00:00`)}</wp:post_modified_gmt><wp:comment_status>${cdata(n % 10 === 0 ? 'closed' : 'open')}</wp:comment_status>
<wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(n % 50 === 0 ? 'draft' : 'publish')}</wp:status><wp:post_parent>0</wp:post_parent>
<wp:post_type>${cdata('post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="${enc(category)}">${cdata(category)}</category><category domain="post_tag" nicename="${enc(tag)}">${cdata(tag)}</category>
<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(id + 1_000_000))}</wp:meta_value></wp:postmeta>
${comments(id, count, commentId)}</item>
<item><title>${cdata(`صورة ${id}`)}</title><link>${site}/?attachment_id=${id + 1_000_000}</link><dc:creator>${cdata('editor1')}</dc:creator>
<wp:post_id>${id + 1_000_000}</wp:post_id><wp:post_date_gmt>${cdata('2020-01-01 07:00:00')}</wp:post_date_gmt><wp:status>${cdata('inherit')}</wp:status>
<wp:post_parent>${id}</wp:post_parent><wp:post_type>${cdata('attachment')}</wp:post_type><wp:attachment_url>${cdata(`${site}/wp-content/uploads/2020/01/p${id}.jpg`)}</wp:attachment_url></item>
`);
  commentId += count;
}
write('</channel>\n</rss>\n');
fs.closeSync(fd);
console.log(`Wrote ${values.out}: ${posts} posts, ${commentId - 1} comments, ${(fs.statSync(values.out).size / 1048576).toFixed(1)} MB`);
