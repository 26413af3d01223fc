import 'server-only';
import { revalidateTag } from 'next/cache';
import { announceWrite } from './write-events';

/**
 * A write changed what these tags cover: Next's cache drops them now (the next reader gets the
 * change), and the custom server's micro-cache forgets the pages they show (lib/cache/write-events.ts).
 */
export function expireTags(...tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  announceWrite(tags);
}
