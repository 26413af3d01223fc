import 'server-only';
import {
  articleIdsWithTag,
  createTag,
  deleteTag,
  findTag,
  findTagByName,
  MAX_ARTICLE_PAGES_TO_EXPIRE,
  mergeTag,
  updateTag,
  type Collision,
} from '@/db/queries/taxonomy-admin';
import type { AdminFormState } from '@/lib/admin/form-state';
import { taxonomyMessages as m } from '@/lib/admin/messages';
import { cacheTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import type { TagAction } from '@/lib/validation/taxonomy';

function taken(collision: Collision): AdminFormState {
  return collision.taken === 'name'
    ? { ok: false, message: m.tagNameTaken, errors: { name: m.tagNameTaken } }
    : { ok: false, message: m.slugTaken, errors: { slug: m.slugTaken } };
}

/** A tag's page, every list, and the pages of the articles that show it. */
function expireTag(tagIds: number[], articleIds: number[]): void {
  expireTags(...tagIds.map(cacheTags.tag), cacheTags.articleLists, ...articleIds.slice(0, MAX_ARTICLE_PAGES_TO_EXPIRE).map(cacheTags.article));
}

export function applyTagAction(action: TagAction): AdminFormState {
  if (action.intent === 'create') {
    const created = createTag(action);
    if (!created.ok) return taken(created);
    // A visit to the new address before it existed may have cached its 404 (tag pages read under this tag).
    expireTags(cacheTags.articleLists);
    return { ok: true, message: m.tagCreated(action.name) };
  }
  const tag = findTag(action.id);
  if (!tag) return { ok: false, message: m.missing };
  switch (action.intent) {
    case 'update': {
      const saved = updateTag(tag.id, { name: action.name, slug: action.slug });
      if (!saved.ok) return taken(saved);
      if (!saved.changed) return { ok: false, message: m.unchanged };
      expireTag([tag.id], articleIdsWithTag(tag.id));
      return { ok: true, message: m.tagSaved(action.name) };
    }
    case 'merge': {
      if (action.into === tag.name) return { ok: false, message: m.mergeSelf, errors: { into: m.mergeSelf } };
      const into = findTagByName(action.into, tag.id);
      if (!into) return { ok: false, message: m.mergeUnknown, errors: { into: m.mergeUnknown } };
      const moved = mergeTag(tag.id, into.id);
      if (!moved) return { ok: false, message: m.missing };
      expireTag([tag.id, into.id], moved);
      return { ok: true, message: m.tagMerged(tag.name, into.name, moved.length) };
    }
    case 'delete': {
      const carried = deleteTag(tag.id);
      if (!carried) return { ok: false, message: m.missing };
      expireTag([tag.id], carried);
      return { ok: true, message: m.tagDeleted(tag.name, carried.length) };
    }
  }
}
