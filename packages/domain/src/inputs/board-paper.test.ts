import { describe, expect, it } from 'vitest';
import { isSameFrontSheet, type TBoardPaperFrontSheetJson } from './board-paper.ts';

const sheet: TBoardPaperFrontSheetJson = {
  meeting: 'Trust Board',
  meetingDate: '2026-07-09',
  agendaItem: '7.2',
  title: 'EDI strategy: quarter 1',
  executiveLead: 'Chief People Officer',
  author: 'Head of EDI',
  purpose: 'assurance',
  recommendation: 'The board is asked to note the report.',
  assuranceLevel: 'reasonable',
  bafRisks: '',
  strategicObjectives: '',
  equalityImpact: '',
  executiveSummary: 'On track.',
  commentary: [
    { ambitionId: 'a1', text: 'Good progress.' },
    { ambitionId: 'a2', text: '' },
  ],
};
const [, second] = sheet.commentary;

describe('isSameFrontSheet', () => {
  it.each<[string, TBoardPaperFrontSheetJson, boolean]>([
    ['the same sheet', { ...sheet, commentary: [...sheet.commentary] }, true],
    ['another meeting date', { ...sheet, meetingDate: '2026-07-10' }, false],
    ['another summary', { ...sheet, executiveSummary: 'Behind.' }, false],
    ['one commentary box fewer', { ...sheet, commentary: sheet.commentary.slice(0, 1) }, false],
    [
      'the boxes in another order',
      { ...sheet, commentary: [...sheet.commentary].reverse() },
      false,
    ],
    [
      'another commentary text',
      {
        ...sheet,
        commentary: [{ ambitionId: 'a1', text: 'Slipping.' }, ...(second ? [second] : [])],
      },
      false,
    ],
  ])('%s', (_, other, same) => {
    expect(isSameFrontSheet(sheet, other)).toBe(same);
  });
});
