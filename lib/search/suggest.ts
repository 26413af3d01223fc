/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos allowed for a word of this length: none for very short words, one, then two from seven letters. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

export type Candidate = { term: string; docs: number };

/** The terms closest to `word` within its allowed typos (every one at the least distance), or none. */
export function nearestTerms(word: string, terms: readonly string[]): string[] {
  let max = allowedTypos(word.length);
  let nearest: string[] = [];
  for (const term of terms) {
    if (term === word) continue;
    const distance = editDistance(word, term, max);
    if (distance > max) continue;
    if (distance < max || !nearest.length) {
      max = distance;
      nearest = [];
    }
    nearest.push(term);
  }
  return nearest;
}

/** The candidate closest to `word` within its allowed typos, the more common on a tie; null if none. */
export function closestTerm(word: string, candidates: readonly Candidate[]): string | null {
  const nearest = new Set(nearestTerms(word, candidates.map((c) => c.term)));
  let best: Candidate | null = null;
  for (const c of candidates) if (nearest.has(c.term) && (!best || c.docs > best.docs)) best = c;
  return best?.term ?? null;
}
