import { z } from 'zod';
import { taxonomyMessages as m } from '@/lib/admin/messages';
import { slugify } from '@/lib/arabic/slugify';
import { hasVisibleContent } from '@/lib/text/invisible';
import { cleanText } from './text';

// The sections, tags and authors screens. A slug left empty comes from the name; a typed one is
// normalized the same way (spaces become hyphens, punctuation goes), so any typing gives a valid URL.

const id = z.coerce.number({ error: m.missing }).int().positive().max(2_147_483_647);

const name = (max: number) =>
  z
    .string({ error: m.emptyName })
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().min(1, m.emptyName).max(max, m.longName(max)).refine(hasVisibleContent, m.emptyName));

/** An empty slug is filled from the name by `withSlug`. */
const slug = z
  .string()
  .max(400, m.longSlug)
  .optional()
  .transform((v) => {
    const typed = cleanText(v ?? '');
    return typed && hasVisibleContent(typed) ? slugify(typed) : '';
  });

// Typed with Arabic-Indic digits (٣) as often as Latin ones.
const position = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(/^$/, 'x').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)) : v),
  z.coerce.number({ error: m.position }).int(m.position).min(0, m.position).max(9999, m.position),
);

function withSlug<T extends { name: string; slug: string }>(value: T): T {
  return value.slug ? value : { ...value, slug: slugify(value.name) };
}

export const sectionActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), name: name(60), slug }).transform(withSlug),
  z.object({ intent: z.literal('update'), id, name: name(60), slug, position }).transform(withSlug),
  z.object({ intent: z.literal('move'), id, direction: z.enum(['up', 'down'], { error: m.missing }) }),
  z.object({ intent: z.literal('delete'), id }),
]);
export type SectionAction = z.infer<typeof sectionActionSchema>;

export const tagActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), name: name(60), slug }).transform(withSlug),
  z.object({ intent: z.literal('update'), id, name: name(60), slug }).transform(withSlug),
  // The tag to merge into, by name (typed or picked from the suggestions).
  z.object({ intent: z.literal('merge'), id, into: name(60).catch('').pipe(z.string().min(1, m.mergeTarget)) }),
  z.object({ intent: z.literal('delete'), id }),
]);
export type TagAction = z.infer<typeof tagActionSchema>;

// A path on this site (the Content-Security-Policy allows images from here only): /media/… or public/.
const avatar = z
  .string()
  .max(2048, m.avatar)
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || /^\/(?![/\\])[^\s\\]*$/.test(v), m.avatar);

const account = z
  .string()
  .max(320, m.accountMissing)
  .optional()
  .transform((v) => (v ?? '').trim().toLowerCase());

const authorFields = {
  name: name(80),
  slug,
  bio: z
    .string()
    .max(8000)
    .optional()
    .transform((v) => cleanText(v ?? ''))
    .pipe(z.string().max(2000, m.longBio)),
  avatar,
  account,
};

export const authorActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), ...authorFields }).transform(withSlug),
  z.object({ intent: z.literal('update'), id, ...authorFields }).transform(withSlug),
  z.object({ intent: z.literal('delete'), id }),
]);
export type AuthorAction = z.infer<typeof authorActionSchema>;

export const tagFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The sections and authors screens take nothing from the URL but the flash of a post without JavaScript. */
export const noFilterSchema = z.object({});
