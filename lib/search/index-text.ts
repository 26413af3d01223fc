import { stripInvisible } from '@/lib/text/invisible';
import { STOPWORDS } from './stopwords';
import { foldWord, wordsOf } from './words';

/** Folded form and stem of one word, remembered: a batch of articles repeats most of its words. */
export type FoldMemo = Map<string, string>;

function indexTokens(word: string, memo?: FoldMemo): string {
  const known = memo?.get(word);
  if (known !== undefined) return known;
  const { folded, stem } = foldWord(word);
  const tokens = !folded || STOPWORDS.has(folded) ? '' : stem === folded ? folded : `${folded} ${stem}`;
  if (memo && memo.size < 500_000) memo.set(word, tokens);
  return tokens;
}

/**
 * What the FTS index holds for a text: each word folded (lib/arabic/normalize.ts) followed by its
 * light stem when that differs, common words left out. The query is built from the same two forms,
 * so "الانتخابات", "انتخابات" and "وبالانتخابات" meet on the stem "انتخاب".
 */
export function indexText(text: string, memo?: FoldMemo): string {
  const out: string[] = [];
  for (const { text: word } of wordsOf(stripInvisible(text))) {
    const tokens = indexTokens(word, memo);
    if (tokens) out.push(tokens);
  }
  return out.join(' ');
}
