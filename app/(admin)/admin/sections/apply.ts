import 'server-only';
import {
  articleIdsInSection,
  createSection,
  deleteSection,
  findSection,
  moveSection,
  updateSection,
} from '@/db/queries/taxonomy-admin';
import type { AdminFormState } from '@/lib/admin/form-state';
import { taxonomyMessages as m } from '@/lib/admin/messages';
import { cacheTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import type { SectionAction } from '@/lib/validation/taxonomy';

const slugTaken: AdminFormState = { ok: false, message: m.slugTaken, errors: { slug: m.slugTaken } };

/** One change on the sections screen, and the pages it shows on: the menu, the section, its articles. */
export function applySectionAction(action: SectionAction): AdminFormState {
  if (action.intent === 'create') {
    const created = createSection(action);
    if (!created.ok) return slugTaken;
    expireTags(cacheTags.sections);
    return { ok: true, message: m.sectionCreated(action.name) };
  }
  const section = findSection(action.id);
  if (!section) return { ok: false, message: m.missing };
  switch (action.intent) {
    case 'update': {
      const saved = updateSection(section.id, { name: action.name, slug: action.slug, position: action.position });
      if (!saved.ok) return slugTaken;
      if (!saved.changed) return { ok: false, message: m.unchanged };
      const renamed = action.name !== section.name || action.slug !== section.slug;
      expireTags(
        cacheTags.sections,
        ...(renamed ? [cacheTags.section(section.id), cacheTags.articleLists, ...articleIdsInSection(section.id).map(cacheTags.article)] : []),
      );
      return { ok: true, message: m.sectionSaved(action.name) };
    }
    case 'move': {
      if (!moveSection(section.id, action.direction)) return { ok: false, message: m.sectionEdge };
      expireTags(cacheTags.sections);
      return { ok: true, message: m.sectionMoved(section.name) };
    }
    case 'delete': {
      const deleted = deleteSection(section.id);
      if (!deleted.ok) return { ok: false, message: m.sectionInUse(section.name, deleted.articles) };
      expireTags(cacheTags.sections, cacheTags.section(section.id));
      return { ok: true, message: m.sectionDeleted(section.name) };
    }
  }
}
