import { Fragment } from 'react';
import type { Segment } from '@/lib/search/highlight';

/** Text with the words a search matched in <mark>: React escapes every part, nothing is HTML. */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => <Fragment key={i}>{s.mark ? <mark>{s.text}</mark> : s.text}</Fragment>);
}
