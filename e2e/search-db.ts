import { e2eDatabase } from './db';

// Articles the search tests arrange behind the UI's back, as another process (the import CLI) would.

/** Letters only, so the word is one search term: a word no seed article holds. */
export function uniqueWord(stem: string): string {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمن';
  const n = Date.now() + Math.floor(Math.random() * 1e6);
  const tail = Array.from(n.toString(25).slice(-6), (d) => letters[parseInt(d, 25)]).join('');
  return `${stem}${tail}`;
}

/** Published articles (or drafts) titled with `word`, each an hour older than the one before. */
export function insertArticles(word: string, count: number, status: 'published' | 'draft' = 'published'): { id: number; title: string; slug: string }[] {
  const db = e2eDatabase();
  try {
    const insert = db.prepare(
      `insert into articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at)
       values (?, ?, ?, ?, (select id from sections order by position limit 1), (select id from authors order by id limit 1), ?, ?, ?)`,
    );
    const now = Date.now();
    return Array.from({ length: count }, (_, i) => {
      const title = `خبر رقم ${i + 1} عن ${word}`;
      const slug = `${word}-${i + 1}`;
      const at = now - (i + 1) * 3_600_000;
      const body = `فقرة أولى لا تذكر الكلمة.\n\nوفي الفقرة الثانية يرد ذكر و${word} مع حرف العطف.`;
      const id = Number(insert.run(slug, title, `ملخص الخبر ${i + 1}.`, body, status, status === 'published' ? at : null, at).lastInsertRowid);
      return { id, title, slug };
    });
  } finally {
    db.close();
  }
}
