import { z } from 'zod';
import { FRAMEWORKS, findFrameworkTag } from '../../library/framework-tags.ts';
import { ZId } from '../common.ts';

/** The version the editor loaded: a stale one is refused with CONFLICT. */
export const ZExpectedVersion = z
  .number({ error: 'The version you edited is required' })
  .int('The version you edited must be a whole number')
  .min(1, 'The version you edited must be 1 or more');

export const ZArchiveInput = z.object({ id: ZId });
export type TArchiveInput = z.infer<typeof ZArchiveInput>;

/** A framework reference code: EDI plan 1a–6f, EDS 1A–3C, WRES-1–9 or WDES-1–10. */
export const ZFrameworkTagInput = z
  .object({
    framework: z.enum(FRAMEWORKS, {
      error: 'A tag’s framework must be the EDI plan, EDS 2022, WRES or WDES',
    }),
    code: z
      .string({ error: 'A tag code must be text' })
      .trim()
      .max(16, 'A tag code must be 16 characters or fewer'),
  })
  .refine((t) => findFrameworkTag(t.framework, t.code) !== undefined, {
    path: ['code'],
    message:
      'Tags must be EDI plan codes 1a to 6f, EDS outcomes 1A to 3C, WRES-1 to WRES-9 or WDES-1 to WDES-10',
  });
export type TFrameworkTagInput = z.infer<typeof ZFrameworkTagInput>;

export const ZTagsInput = z
  .array(ZFrameworkTagInput, { error: 'Tags must be a list' })
  .max(40, 'Give 40 tags or fewer')
  .refine(
    (tags) => new Set(tags.map((t) => `${t.framework}:${t.code}`)).size === tags.length,
    'Each tag can be given only once',
  );

/** A whole new order of siblings, first to last. */
export function reorderIds(label: string) {
  return z
    .array(ZId, { error: `${label} must be a list` })
    .min(1, `Give at least one of the ${label.toLowerCase()}`)
    .max(500, `Give 500 ${label.toLowerCase()} or fewer`)
    .refine(
      (ids) => new Set(ids).size === ids.length,
      `Each of the ${label.toLowerCase()} can appear only once`,
    );
}
