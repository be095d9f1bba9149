// What the public progress page shows: built once when an EDI admin publishes (from a locked
// period's snapshot, the strategy as it stood at that period's end and, optionally, a saved
// workforce year), frozen in a Publication row and rendered from that alone. Nothing reaches the
// public that is not in this shape, so the shape itself is the privacy boundary: no ids of people,
// no emails, no comments, no narrative marked internal, no item marked internal, and suppressed
// workforce cells carry no number at all.
import { z } from 'zod';
import { ZRag } from '../rag.ts';

const ZIsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A status or RAG always travels with its words, so the page never shows colour alone. */
const ZRagWords = z.object({ rag: ZRag, words: z.string() });

export const ZPublicMilestone = z.object({
  title: z.string(),
  dueDate: ZIsoDay,
  completedOn: ZIsoDay.nullable(),
});

export const ZPublicAction = z.object({
  code: z.string(),
  title: z.string(),
  /** "Not started", "In progress", "Complete"… */
  statusWords: z.string(),
  rag: ZRagWords.nullable(),
  progressPercent: z.number().int().min(0).max(100),
  dueDate: ZIsoDay,
  /** The owner's job title; their name only when the trust chooses to show names. */
  ownerJobTitle: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The owner's latest narrative, unless the owner or the EDI team marked it internal. */
  narrative: z.string().nullable(),
  milestones: z.array(ZPublicMilestone),
});

export const ZPublicKpiPoint = z.object({ periodEnd: ZIsoDay, value: z.number() });

export const ZPublicKpi = z.object({
  code: z.string(),
  title: z.string(),
  unit: z.enum(['percent', 'ratio', 'number', 'score', 'currency']),
  /** "Higher is better", "Lower is better", "Within a band". */
  directionWords: z.string(),
  rag: ZRagWords,
  latest: ZPublicKpiPoint.nullable(),
  target: z.number().nullable(),
  targetDate: ZIsoDay.nullable(),
  /** Whole-population values up to the period's end, oldest first: the trend chart and its table. */
  series: z.array(ZPublicKpiPoint),
  isDemoData: z.boolean(),
});

export const ZPublicCommitment = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  rag: ZRagWords,
  actions: z.array(ZPublicAction),
  kpis: z.array(ZPublicKpi),
});

export const ZPublicAmbition = z.object({
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  rag: ZRagWords,
  commitments: z.array(ZPublicCommitment),
  kpis: z.array(ZPublicKpi),
});

/** One published figure; `value` null with `suppressed` true is shown as `*` with a note. */
export const ZPublicFigure = z.object({
  label: z.string(),
  value: z.number().nullable(),
  unit: z.enum(['percent', 'ratio', 'currency', 'number']),
  suppressed: z.boolean(),
  /** A plain-words reading, e.g. "1.00 means equally likely". */
  note: z.string().nullable(),
});

export const ZPublicFigureSection = z.object({
  /** 'WRES', 'WDES', 'Pay gaps'. */
  title: z.string(),
  figures: z.array(ZPublicFigure),
});

export const ZPublicPayload = z.object({
  schemaVersion: z.literal(1),
  organisation: z.object({ name: z.string(), slug: z.string(), isDemo: z.boolean() }),
  strategyTitle: z.string(),
  period: z.object({ label: z.string(), startDate: ZIsoDay, endDate: ZIsoDay }),
  /** When the EDI admin confirmed the publication (ISO date-time). */
  publishedAt: z.string(),
  overall: ZRagWords,
  ambitions: z.array(ZPublicAmbition),
  /** The saved workforce year's figures, if one was published with it. */
  workforce: z
    .object({
      asOf: ZIsoDay,
      threshold: z.number().int(),
      sections: z.array(ZPublicFigureSection),
    })
    .nullable(),
  /** EDS 2022's latest overall rating, if the trust has one. */
  eds: z
    .object({ year: z.string(), ratingWords: z.string(), score: z.number().nullable() })
    .nullable(),
});

export type TPublicPayload = z.infer<typeof ZPublicPayload>;
export type TPublicAmbition = z.infer<typeof ZPublicAmbition>;
export type TPublicCommitment = z.infer<typeof ZPublicCommitment>;
export type TPublicAction = z.infer<typeof ZPublicAction>;
export type TPublicKpi = z.infer<typeof ZPublicKpi>;
export type TPublicFigure = z.infer<typeof ZPublicFigure>;
