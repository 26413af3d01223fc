// Light10 (Larkey, Ballesteros and Connell, 2002) on a word already folded by normalizeArabic, so
// ة and ى have become ه and ي and the suffix list is written in folded letters. The steps are
// Light10's: a leading و, then one definite article, then each suffix once, in this order.

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** The light stem of one folded word; a word of three letters or fewer stays whole. */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  if (stem.startsWith('و') && stem.length - 1 >= 3) stem = stem.slice(1);
  const article = ARTICLES.find((a) => stem.startsWith(a) && stem.length - a.length >= 2);
  if (article) stem = stem.slice(article.length);
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
