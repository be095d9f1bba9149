import { z } from 'zod';
import { ZId, calendarDate, requiredText, text } from './common.ts';

/** Why the paper comes to the board, as NHS board cover sheets ask. */
export const BOARD_PAPER_PURPOSES = ['approval', 'assurance', 'discussion', 'information'] as const;
export const ZBoardPaperPurpose = z.enum(BOARD_PAPER_PURPOSES, {
  error: 'Choose the purpose: approval, assurance, discussion or information',
});
export type TBoardPaperPurpose = z.infer<typeof ZBoardPaperPurpose>;

/** How far the paper assures the board that the strategy is on track. */
export const ASSURANCE_LEVELS = ['substantial', 'reasonable', 'limited', 'none'] as const;
export const ZAssuranceLevel = z.enum(ASSURANCE_LEVELS, {
  error: 'Choose the assurance level: substantial, reasonable, limited or no assurance',
});
export type TAssuranceLevel = z.infer<typeof ZAssuranceLevel>;

/** The executive lead's commentary on one ambition, shown under that ambition in the paper. */
export const ZAmbitionCommentary = z.object({
  ambitionId: ZId,
  text: text('The commentary', 3000),
});
export type TAmbitionCommentary = z.infer<typeof ZAmbitionCommentary>;

/**
 * The board paper's front sheet: what a board secretary puts on the cover of every paper, and
 * the executive lead's commentary per ambition. Filled by the EDI team when a quarter is locked.
 */
export const ZBoardPaperFrontSheet = z.object({
  meeting: requiredText('The meeting', 200),
  meetingDate: calendarDate('The meeting date'),
  agendaItem: text('The agenda item', 20),
  title: requiredText('The paper title', 200),
  executiveLead: requiredText('The executive lead', 200),
  author: requiredText('The author', 200),
  purpose: ZBoardPaperPurpose,
  recommendation: requiredText('The recommendation', 2000),
  assuranceLevel: ZAssuranceLevel,
  bafRisks: text('The Board Assurance Framework risks', 1000),
  strategicObjectives: text('The strategic objectives', 1000),
  equalityImpact: text('The equality impact', 2000),
  executiveSummary: requiredText('The executive summary', 5000),
  commentary: z.array(ZAmbitionCommentary).max(20, 'At most 20 ambitions have commentary'),
});
export type TBoardPaperFrontSheet = z.infer<typeof ZBoardPaperFrontSheet>;
/** As stored in a snapshot and sent to the paper: dates as 'YYYY-MM-DD'. */
export type TBoardPaperFrontSheetJson = Omit<TBoardPaperFrontSheet, 'meetingDate'> & {
  meetingDate: string;
};

/** Two front sheets say the same: every field and every commentary box, in order, alike. */
export function isSameFrontSheet(
  a: TBoardPaperFrontSheetJson,
  b: TBoardPaperFrontSheetJson,
): boolean {
  const { commentary: ca, ...restA } = a;
  const { commentary: cb, ...restB } = b;
  const fields = Object.keys(restA) as (keyof typeof restA)[];
  return (
    fields.every((key) => restA[key] === restB[key]) &&
    ca.length === cb.length &&
    ca.every((c, i) => c.ambitionId === cb[i]?.ambitionId && c.text === cb[i]?.text)
  );
}
