import { DAY_MS, parseIsoDay } from '../dates.ts';
import type { TAssuranceLevel, TBoardPaperFrontSheet } from '../inputs/board-paper.ts';
import { RAG_LABELS } from '../labels.ts';
import type { Rag } from '../rag.ts';
import { describeMovement, totalMovement } from './movement-summary.ts';
import type { TBoardReport } from './types.ts';

export type TFrontSheetContext = {
  trustName: string;
  strategyTitle: string;
  periodLabel: string;
  executiveLeadName?: string;
  authorName?: string;
};

/** The meeting a strategy progress paper usually goes to. */
export const DEFAULT_MEETING = 'Trust Board (public)';
/** Board meetings usually fall about four weeks after the quarter ends. */
const MEETING_DAYS_AFTER_QUARTER = 28;
const MAIN_EXCEPTIONS = 3;

/**
 * The assurance the colours alone support, over rated items (grey is left out):
 * substantial when nothing is red and at most 10% is amber; reasonable when at most 10% is red;
 * limited otherwise, and when nothing is rated. "No assurance" is a judgement the EDI team makes.
 */
export function assuranceFromCounts(counts: Record<Rag, number>): TAssuranceLevel {
  const rated = counts.red + counts.amber + counts.green + counts.blue;
  if (rated === 0) return 'limited';
  if (counts.red === 0 && counts.amber / rated <= 0.1) return 'substantial';
  if (counts.red / rated <= 0.1) return 'reasonable';
  return 'limited';
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "15 are green, 5 amber, 3 red and 1 complete (blue)": zero colours are left out. */
export function describeColourCounts(counts: Record<Rag, number>): string {
  const words: [Rag, string][] = [
    ['green', 'green'],
    ['amber', 'amber'],
    ['red', 'red'],
    ['blue', 'complete (blue)'],
  ];
  const shown = words.filter(([rag]) => counts[rag] > 0);
  const [first] = shown;
  if (!first) return 'none is rated';
  return listInWords(
    shown.map(([rag, word]) =>
      rag === first[0]
        ? `${counts[rag]} ${counts[rag] === 1 ? 'is' : 'are'} ${word}`
        : `${counts[rag]} ${word}`,
    ),
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryOf(report: TBoardReport, ctx: TFrontSheetContext): string {
  const counts = report.overall.counts;
  const rated = counts.red + counts.amber + counts.green + counts.blue;
  const sentences = [
    `This paper reports ${ctx.trustName}'s progress on the ${ctx.strategyTitle} in ${ctx.periodLabel}.`,
    `Of ${plural(rated, 'rated action or KPI', 'rated actions and KPIs')}, ${describeColourCounts(counts)}.`,
  ];
  if (counts.grey > 0)
    sentences.push(`${plural(counts.grey, 'more is', 'more are')} not yet rated.`);
  sentences.push(`Overall the strategy is ${RAG_LABELS[report.overall.rag].toLowerCase()}.`);
  const moved = totalMovement(report);
  if (moved.improved + moved.deteriorated + moved.unchanged > 0)
    sentences.push(`Since the last quarter: ${describeMovement(moved)}.`);
  const reds = report.exceptions.filter((e) => e.rag === 'red').slice(0, MAIN_EXCEPTIONS);
  sentences.push(
    reds.length > 0
      ? `The main exceptions are ${listInWords(reds.map((e) => `${e.code} ${e.title}`))}.`
      : counts.amber > 0
        ? 'Nothing is red; the amber items are set out as exceptions with their recovery actions.'
        : 'Nothing is red or amber.',
  );
  return sentences.join(' ').slice(0, 5000);
}

/**
 * A front sheet filled from the board report, for the EDI team to correct rather than write:
 * title, purpose (assurance), the assurance level the colours support, an executive summary in
 * words, the recommendation, and the board meeting (the period's, or four weeks after its end).
 */
export function defaultFrontSheet(
  report: TBoardReport,
  ctx: TFrontSheetContext,
): TBoardPaperFrontSheet {
  const boardDay = report.period.boardDate ?? null;
  const meetingDate = boardDay
    ? parseIsoDay(boardDay)
    : new Date(parseIsoDay(report.period.endDate).getTime() + MEETING_DAYS_AFTER_QUARTER * DAY_MS);
  const hasExceptions = report.exceptions.length > 0;
  return {
    meeting: DEFAULT_MEETING,
    meetingDate,
    agendaItem: '',
    title: `${ctx.strategyTitle}: progress report, ${ctx.periodLabel}`.slice(0, 200),
    executiveLead: (ctx.executiveLeadName ?? '').slice(0, 200),
    author: (ctx.authorName ?? '').slice(0, 200),
    purpose: 'assurance',
    recommendation: (hasExceptions
      ? `The board is asked to note the progress made on the ${ctx.strategyTitle} in ${ctx.periodLabel} and the exceptions set out in this paper, with their recovery actions.`
      : `The board is asked to note the progress made on the ${ctx.strategyTitle} in ${ctx.periodLabel}, with no action or KPI red or amber.`
    ).slice(0, 2000),
    assuranceLevel: assuranceFromCounts(report.overall.counts),
    bafRisks: '',
    strategicObjectives: '',
    equalityImpact: '',
    executiveSummary: summaryOf(report, ctx),
    commentary: report.summary.slice(0, 20).map((a) => ({ ambitionId: a.id, text: '' })),
  };
}
