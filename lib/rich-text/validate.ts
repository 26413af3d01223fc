import { z } from 'zod';
import { BODY_MARKS, BODY_NODES } from './schema';

/**
 * The shape a stored body document must have before it is rendered: only the body's own node and
 * mark types, plain attribute values, and the few attributes that end up in HTML checked for what
 * they may hold. ProseMirror's own check (content rules) runs after this, in render.ts.
 */
export type BodyMark = { type: (typeof BODY_MARKS)[number]; attrs?: Record<string, AttrValue> };
export type BodyNode = {
  type: (typeof BODY_NODES)[number];
  attrs?: Record<string, AttrValue>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
};
type AttrValue = string | number | boolean | null;

/** The id of a media row (16 hex today; a little room for other generators). */
export const MEDIA_ID = /^[A-Za-z0-9_-]{1,64}$/;

const attrValue = z.union([z.string().max(4096), z.number(), z.boolean(), z.null()]);
const attrs = z.record(z.string().max(40), attrValue);

const mark: z.ZodType<BodyMark> = z.strictObject({ type: z.enum(BODY_MARKS), attrs: attrs.optional() });

const node: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .strictObject({
      type: z.enum(BODY_NODES),
      attrs: attrs.optional(),
      content: z.array(node).optional(),
      marks: z.array(mark).max(8).optional(),
      text: z.string().min(1).optional(),
    })
    .superRefine((value, ctx) => {
      const a = value.attrs ?? {};
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
      if ((value.type === 'text') !== (value.text !== undefined)) fail('text');
      if (value.type === 'heading' && ![2, 3, 4].includes(a.level as number)) fail('heading level');
      if (value.type === 'orderedList' && a.start !== undefined && !(Number.isInteger(a.start) && (a.start as number) >= 0 && (a.start as number) < 1e6)) fail('start');
      if (value.type === 'figure') {
        if (a.mediaId !== null && a.mediaId !== undefined && !(typeof a.mediaId === 'string' && MEDIA_ID.test(a.mediaId))) fail('mediaId');
        if (a.alt !== undefined && typeof a.alt !== 'string') fail('alt');
      }
      if (a.dir !== undefined && a.dir !== null && !['auto', 'rtl', 'ltr'].includes(a.dir as string)) fail('dir');
    }),
);

export const bodyDocumentSchema: z.ZodType<BodyNode> = node.refine((doc) => doc.type === 'doc', 'doc');
