import { describe, expect, it } from 'vitest';
import { authorActionSchema, sectionActionSchema, tagActionSchema } from '@/lib/validation/taxonomy';
import { taxonomyMessages } from '@/lib/admin/messages';

describe('the sections, tags and authors forms', () => {
  it('fills an empty slug from the Arabic name and normalizes a typed one', () => {
    expect(sectionActionSchema.parse({ intent: 'create', name: '  الشؤون الدولية  ', slug: '' })).toEqual({ intent: 'create', name: 'الشؤون الدولية', slug: 'الشؤون-الدولية' });
    expect(tagActionSchema.parse({ intent: 'create', name: 'كرة القدم', slug: 'World Cup 2026!' })).toMatchObject({ slug: 'world-cup-2026' });
    expect(tagActionSchema.parse({ intent: 'create', name: 'اقتصاد', slug: '\u200B' })).toMatchObject({ slug: 'اقتصاد' });
  });

  it('refuses an empty or invisible name with an Arabic message', () => {
    for (const name of ['', '   ', '\u200F\u200B']) {
      const result = sectionActionSchema.safeParse({ intent: 'create', name });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe(taxonomyMessages.emptyName);
    }
  });

  it('reads a menu position typed in Arabic-Indic digits and refuses an empty one', () => {
    expect(sectionActionSchema.parse({ intent: 'update', id: '3', name: 'رياضة', slug: 'sports', position: '١٢' })).toMatchObject({ position: 12 });
    expect(sectionActionSchema.safeParse({ intent: 'update', id: '3', name: 'رياضة', slug: 'sports', position: '' }).error!.issues[0]!.message).toBe(taxonomyMessages.position);
    expect(sectionActionSchema.safeParse({ intent: 'move', id: '3', direction: 'left' }).success).toBe(false);
  });

  it('takes an avatar path on this site only, and the linked account by email', () => {
    const base = { intent: 'create', name: 'ليلى', bio: ' نبذة ', account: ' Leila@Example.COM ' };
    expect(authorActionSchema.parse({ ...base, avatar: '/media/a.webp' })).toMatchObject({ avatar: '/media/a.webp', account: 'leila@example.com', bio: 'نبذة', slug: 'ليلى' });
    for (const avatar of ['https://evil.example/a.png', '//evil.example/a.png', 'javascript:alert(1)', '/\\evil']) {
      expect(authorActionSchema.safeParse({ ...base, avatar }).error!.issues[0]!.message, avatar).toBe(taxonomyMessages.avatar);
    }
  });

  it('needs the name of the tag to merge into', () => {
    expect(tagActionSchema.safeParse({ intent: 'merge', id: '4', into: '' }).error!.issues[0]!.message).toBe(taxonomyMessages.mergeTarget);
    expect(tagActionSchema.parse({ intent: 'merge', id: '4', into: ' الانتخابات ' })).toEqual({ intent: 'merge', id: 4, into: 'الانتخابات' });
  });
});
