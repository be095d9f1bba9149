import { RAG_LABELS } from './labels.ts';
import type { Rag } from './rag.ts';
import type { TSpcAssurance, TSpcVariation } from './spc.ts';

/** What the two readings of a KPI need: its colour and its Making Data Count icons. */
export type TRagSpcReading = {
  rag: Rag;
  variation: TSpcVariation | null;
  assurance: TSpcAssurance | null;
};

// What the colour says, as the start of the sentence: it looks at the latest value only.
const COLOUR_SAYS: Partial<Record<Rag, string>> = {
  blue: 'the latest value has reached the final target',
  green: 'the latest value meets the trajectory expected by now',
  amber: 'the latest value is behind the trajectory expected by now, within tolerance',
  red: 'the latest value is behind the trajectory expected by now, beyond tolerance',
};

const isGood = (rag: Rag) => rag === 'green' || rag === 'blue';
const isBad = (rag: Rag) => rag === 'red' || rag === 'amber';

/**
 * Why a KPI's colour and its SPC reading disagree, in one sentence, or null when they agree (or
 * there is nothing to compare). The colour judges the latest value against the trajectory; SPC
 * judges the whole series, so both can be right: the sentence says what each is looking at.
 */
export function explainRagSpcDisagreement(k: TRagSpcReading): string | null {
  const colour = COLOUR_SAYS[k.rag];
  if (!colour) return null;
  const start = `${RAG_LABELS[k.rag]} because ${colour}`;
  if (isGood(k.rag) && k.assurance === 'fail')
    return `${start}, but SPC finds the target beyond the process limits, so at the present rate of variation it will consistently be missed unless the way of working changes.`;
  if (isBad(k.rag) && k.assurance === 'pass')
    return `${start}, but SPC finds the target inside the process limits on the right side, so this value is unusual for a process that consistently meets the target.`;
  if (isGood(k.rag) && (k.variation === 'concern_high' || k.variation === 'concern_low'))
    return `${start}, but SPC flags the latest values as a special cause of concern: an early warning the colour does not show yet.`;
  if (isBad(k.rag) && (k.variation === 'improvement_high' || k.variation === 'improvement_low'))
    return `${start}, but SPC shows significant improvement: the process is moving the right way, not yet far enough to be back on the trajectory.`;
  return null;
}
