/**
 * Comments for the large generated database (scripts/generate-large.ts): threads of readers'
 * comments as a newsroom's moderation queue holds them. About 60% are by registered readers (a few
 * write most of them, Zipf-like), the rest by guests; a third answer an earlier comment of the same
 * article; statuses as a moderated site ends up with: approved 78%, pending 6%, spam 13%, trash 3%.
 * Most articles get a few comments, a hot tenth get most of them and a handful of "viral" ones a
 * thousand or more. Each comment comes hours after its article, and comments are written in the
 * order they were made, so ids follow time as on a live site.
 */
import type Database from 'better-sqlite3';

type Random = { next: () => number; pick: <T>(items: readonly T[]) => T; int: (lo: number, hi: number) => number };

const FIRST_NAMES = ['محمد', 'أحمد', 'علي', 'عمر', 'خالد', 'يوسف', 'سارة', 'فاطمة', 'مريم', 'نور', 'ليلى', 'هدى', 'حسن', 'إبراهيم', 'سلمى', 'رنا', 'طارق', 'كريم', 'منى', 'عبد الله'];
const LAST_NAMES = ['العلي', 'حداد', 'الخطيب', 'منصور', 'الشامي', 'المصري', 'عثمان', 'النجار', 'الحسيني', 'سعيد', 'يعقوب', 'الزين', 'قاسم', 'الراشد', 'البغدادي'];
const SPAM = ['اربح الآن من البيت http://example.com/win', 'أفضل عروض القروض السريعة www.example.net', 'cheap pills online http://spam.example', 'تابعوا قناتي للحصول على متابعين مجانا'];

const STATUS_SHARES: [string, number][] = [['approved', 0.78], ['pending', 0.06], ['spam', 0.13], ['trash', 0.03]];

function status(r: Random): string {
  let x = r.next();
  for (const [name, share] of STATUS_SHARES) if ((x -= share) < 0) return name;
  return 'approved';
}

/** Registered commenters; returns their ids, most active first. */
function insertReaders(client: Database.Database, count: number, r: Random, now: number): string[] {
  const insert = client.prepare(`INSERT INTO users (id, name, email, role, created_at) VALUES (?, ?, ?, 'commenter', ?)`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `large-reader-${i}`;
    insert.run(id, `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, `reader${i}@example.com`, now - r.int(0, 3 * 365) * 86_400_000);
    ids.push(id);
  }
  return ids;
}

export function insertLargeComments(
  client: Database.Database,
  options: { comments: number; readers: number; sentence: () => string },
  r: Random,
): void {
  const now = Date.now();
  const published = client
    .prepare("SELECT id, published_at AS at FROM articles WHERE status = 'published' ORDER BY id")
    .all() as { id: number; at: number }[];
  if (!published.length || !options.comments) return;
  const readers = insertReaders(client, options.readers, r, now);
  const hot = published.filter(() => r.next() < 0.1);
  if (!hot.length) hot.push(...published);
  const viral = Array.from({ length: 10 }, () => r.pick(published));

  // Which article and when, then in time order.
  const n = options.comments;
  const article = new Int32Array(n);
  const at = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = r.next();
    const a = x < 0.012 ? r.pick(viral) : x < 0.6 ? r.pick(hot) : r.pick(published);
    article[i] = a.id;
    // Most comments come within a day, a few weeks later.
    at[i] = Math.min(now - 1000, a.at + Math.floor(-Math.log(1 - r.next()) * 8 * 3_600_000));
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => at[x]! - at[y]!);

  const insert = client.prepare(
    `INSERT INTO comments (article_id, parent_id, user_id, guest_name, guest_email, body, status, previous_status, created_at, ip_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recent = new Map<number, number[]>();
  const activeReader = () => readers[Math.min(readers.length - 1, Math.floor(readers.length * r.next() ** 3))]!;
  for (const i of order) {
    const articleId = article[i]!;
    const earlier = recent.get(articleId);
    const parent = earlier?.length && r.next() < 0.35 ? r.pick(earlier) : null;
    const s = status(r);
    const registered = readers.length > 0 && r.next() < 0.6;
    const guest = registered ? null : `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    const body = s === 'spam' && r.next() < 0.7 ? r.pick(SPAM) : Array.from({ length: r.int(1, 3) }, options.sentence).join(' ');
    const id = Number(
      insert.run(
        articleId,
        parent,
        registered ? activeReader() : null,
        guest,
        guest ? `guest${r.int(1, 200_000)}@example.org` : null,
        body,
        s,
        s === 'trash' ? 'approved' : null,
        at[i],
        `h${r.int(1, 500_000).toString(36)}`,
      ).lastInsertRowid,
    );
    const list = earlier ?? [];
    list.push(id);
    if (list.length > 20) list.shift();
    if (!earlier) recent.set(articleId, list);
  }
  client.exec(
    "UPDATE articles SET approved_comment_count = (SELECT count(*) FROM comments c WHERE c.article_id = articles.id AND c.status = 'approved')",
  );
}
