import type { TBoardPaperFrontSheetJson } from '@belonging/domain';
import type { AuthzRow } from '../support/authz.ts';
import { freshPeriod } from '../support/admin-fixtures.ts';
import { anyPeriod } from '../support/fixtures.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];

/** A valid front sheet whose summary differs on every call, so each save changes something. */
export function frontSheetInput(
  change: Partial<TBoardPaperFrontSheetJson> = {},
): TBoardPaperFrontSheetJson {
  return {
    meeting: 'Trust Board (public)',
    meetingDate: '2026-02-05',
    agendaItem: '7.2',
    title: 'Belonging and Inclusion Strategy: progress report, 2025/26 Q3',
    executiveLead: 'Daniel Hart, Chief People Officer',
    author: 'Ama Owusu, Head of Equality, Diversity and Inclusion',
    purpose: 'assurance',
    recommendation: 'The board is asked to note the progress and the exceptions.',
    assuranceLevel: 'reasonable',
    bafRisks: 'BAF 4: workforce',
    strategicObjectives: '',
    equalityImpact: '',
    executiveSummary: `Of 24 actions, most are green (${Math.random().toString(36).slice(2, 8)}).`,
    commentary: [],
    ...change,
  };
}

/** The board paper's front sheet: only the EDI team reads the form and saves it. */
export const BOARD_PAPER_AUTHZ_ROWS: AuthzRow[] = [
  {
    path: 'admin.boardPaper.get',
    allowed: EDI,
    input: async (bed) => ({ periodId: (await anyPeriod(bed, true)).id }),
  },
  {
    path: 'admin.boardPaper.save',
    allowed: EDI,
    input: async (bed) => ({ periodId: (await freshPeriod(bed)).id, sheet: frontSheetInput() }),
  },
];
