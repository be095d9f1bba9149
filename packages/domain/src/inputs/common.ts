import { z } from 'zod';
import { toIsoDay } from '../dates.ts';
import { VALUE_LIMIT, showNumber } from '../value-range.ts';

/** A record id: letters, digits, '-' and '_' only, so no id can smuggle odd bytes into a query. */
export const ZId = z
  .string({ error: 'An id is required' })
  .trim()
  .min(1, 'An id is required')
  .max(64, 'Id is too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'Id is not valid');

/** `{ id }`: the input of every `byId` procedure. */
export const ZByIdInput = z.object({ id: ZId });
export type TByIdInput = z.infer<typeof ZByIdInput>;

// PostgreSQL text cannot hold a NUL character: refuse it here so it is a form error, not a 500.
const hasNoNul = (s: string) => !s.includes('\u0000');

/** Free text from a form: trimmed, with a length limit named in the message. */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(hasNoNul, `${label} must not contain control characters`);
}

/** What to say when a required answer is blank: 'The KPI title' asks to 'Enter the KPI title'. */
function enter(label: string): string {
  // Lower-case only the opening letter, so acronyms keep their capitals.
  return `Enter ${label.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())}`;
}

export function requiredText(label: string, max: number) {
  return text(label, max).min(1, enter(label));
}

/**
 * Optional free text on an update: left out keeps the stored text, an empty string clears it. A
 * form that shows the stored text sends what is in the box, so emptying the box must empty the field.
 */
export function clearableText(label: string, max: number) {
  return text(label, max).optional();
}

/** Optional free text: empty strings become undefined, so "not given" has one spelling. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    text(label, max).optional(),
  );
}

/**
 * A calendar date: a Date, or 'YYYY-MM-DD' from a form. Stored as UTC midnight of that day, so
 * the same day is meant whatever the clock's time zone. A Date counts as its Europe/London day,
 * as the rules read it: 23:30 UTC on 31 March in summer time is 1 April.
 */
export function calendarDate(label: string) {
  return z
    .union([z.date(), z.string()], { error: `${label} must be a date` })
    .transform((value, ctx) => {
      const iso =
        typeof value === 'string'
          ? value.trim()
          : Number.isNaN(value.getTime())
            ? ''
            : toIsoDay(value);
      if (iso === '') {
        ctx.addIssue({ code: 'custom', message: enter(label) });
        return z.NEVER;
      }
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const date = match ? new Date(`${iso}T00:00:00.000Z`) : null;
      if (
        !match ||
        !date ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== iso
      ) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a real date` });
        return z.NEVER;
      }
      const year = date.getUTCFullYear();
      if (year < 2000 || year > 2100) {
        ctx.addIssue({ code: 'custom', message: `${label} must be between 2000 and 2100` });
        return z.NEVER;
      }
      return date;
    });
}

export const ZPage = z.object({
  cursor: ZId.optional(),
  limit: z
    .number({ error: 'The limit must be a number' })
    .int('The limit must be a whole number')
    .min(1, 'The limit must be 1 or more')
    .max(200, 'The limit must be 200 or less')
    .default(50),
});

export function finiteNumber(label: string) {
  return z
    .number({ error: `${label} must be a number` })
    .refine((n) => Number.isFinite(n), `${label} must be a finite number`);
}

/**
 * A KPI value, baseline, target or band end: finite and no larger than 1,000,000,000 either way,
 * whatever the unit (each unit's own range is `valueRangeOf`, checked once the KPI is known).
 */
export function kpiValue(label: string) {
  return finiteNumber(label).refine((n) => Math.abs(n) <= VALUE_LIMIT, {
    error: (issue) =>
      `${label} must be between ${showNumber(-VALUE_LIMIT)} and ${showNumber(VALUE_LIMIT)}, not ${showNumber(Number(issue.input))}`,
  });
}
