import { describe, expect, it } from 'vitest';
import { ZBoardPaperFrontSheet } from '../inputs/board-paper.ts';
import type { Rag } from '../rag.ts';
import { assessStrategy } from './assess-strategy.ts';
import { buildBoardReport } from './board-report.ts';
import { smallStrategy } from '../../test/report-fixture.ts';
import { parseIsoDay as day } from '../dates.ts';
import {
  assuranceFromCounts,
  defaultFrontSheet,
  describeColourCounts,
} from './front-sheet-defaults.ts';
import type { TBoardReport } from './types.ts';

const counts = (red: number, amber: number, green: number, blue: number, grey = 0) => ({
  red,
  amber,
  green,
  blue,
  grey,
});

const ctx = {
  trustName: 'Demo Partnership NHS Foundation Trust',
  strategyTitle: 'Belonging and Inclusion Strategy',
  periodLabel: '2025/26 Q3',
  executiveLeadName: 'Daniel Hart, Chief People Officer',
  authorName: 'Ama Owusu',
};

type TException = TBoardReport['exceptions'][number];
const red = (code: string, title: string): TException => ({
  kind: 'action',
  id: code,
  code,
  title,
  ambitionNumber: 1,
  commitmentCode: '1.1',
  owner: 'Daniel Hart',
  rag: 'red',
  reason: 'overdue',
  narrative: null,
  recoveryAction: null,
});

function reportWith(
  overall: Record<Rag, number>,
  exceptions: TException[] = [],
  boardDate: string | null = null,
): TBoardReport {
  return {
    schemaVersion: 1,
    organisationName: ctx.trustName,
    isDemo: true,
    strategyTitle: ctx.strategyTitle,
    period: {
      id: 'p',
      label: ctx.periodLabel,
      startDate: '2025-10-01',
      endDate: '2025-12-31',
      boardDate,
      locked: true,
      lockedAt: '2026-01-22T10:00:00.000Z',
    },
    asOf: '2026-01-22',
    generatedAt: '2026-01-22T10:00:00.000Z',
    overall: { rag: overall.red > 0 ? 'red' : 'green', counts: overall },
    summary: [],
    exceptions,
    optimistic: [],
    missingUpdates: [],
    staleKpis: [],
    kpis: [],
    actions: [],
  };
}

describe('assuranceFromCounts', () => {
  it.each([
    ['substantial when nothing is red and no amber', counts(0, 0, 10, 2), 'substantial'],
    ['substantial at exactly 10% amber with no red', counts(0, 1, 8, 1), 'substantial'],
    ['reasonable once amber passes 10% with no red', counts(0, 2, 8, 0), 'reasonable'],
    ['reasonable with one red in ten (10% red)', counts(1, 0, 9, 0), 'reasonable'],
    ['limited once red passes 10%', counts(2, 0, 9, 0), 'limited'],
    ['limited when nothing is rated', counts(0, 0, 0, 0, 5), 'limited'],
    ['grey is left out of the shares', counts(0, 1, 9, 0, 40), 'substantial'],
  ] as const)('%s', (_name, given, level) => {
    expect(assuranceFromCounts(given)).toBe(level);
  });
});

describe('describeColourCounts', () => {
  it.each([
    [counts(3, 5, 15, 1), '15 are green, 5 amber, 3 red and 1 complete (blue)'],
    [counts(0, 0, 1, 0), '1 is green'],
    [counts(2, 0, 0, 1), '2 are red and 1 complete (blue)'],
    [counts(0, 0, 0, 0, 3), 'none is rated'],
  ] as const)('%o reads "%s"', (given, words) => {
    expect(describeColourCounts(given)).toBe(words);
  });
});

describe('defaultFrontSheet', () => {
  it('titles the paper for the strategy and period, for assurance, at the Trust Board in public', () => {
    const sheet = defaultFrontSheet(reportWith(counts(0, 0, 4, 0)), ctx);
    expect(sheet).toMatchObject({
      title: 'Belonging and Inclusion Strategy: progress report, 2025/26 Q3',
      meeting: 'Trust Board (public)',
      purpose: 'assurance',
      assuranceLevel: 'substantial',
      executiveLead: 'Daniel Hart, Chief People Officer',
      author: 'Ama Owusu',
    });
    expect(sheet.recommendation).toMatch(/^The board is asked to note the progress/);
  });

  it('meets on the period’s board date, or four weeks after the quarter ends', () => {
    expect(
      defaultFrontSheet(reportWith(counts(0, 0, 1, 0), [], '2026-02-05'), ctx).meetingDate,
    ).toEqual(day('2026-02-05'));
    expect(defaultFrontSheet(reportWith(counts(0, 0, 1, 0)), ctx).meetingDate).toEqual(
      day('2026-01-28'),
    );
  });

  it('states the counts in words and names at most three red items as the main exceptions', () => {
    const exceptions = ['A', 'B', 'C', 'D'].map((c) => red(c, `Title ${c}`));
    const sheet = defaultFrontSheet(reportWith(counts(4, 5, 14, 1, 2), exceptions), ctx);
    expect(sheet.executiveSummary).toContain(
      'Of 24 rated actions and KPIs, 14 are green, 5 amber, 4 red and 1 complete (blue).',
    );
    expect(sheet.executiveSummary).toContain('2 more are not yet rated.');
    expect(sheet.executiveSummary).toContain(
      'The main exceptions are A Title A, B Title B and C Title C.',
    );
    expect(sheet.executiveSummary).not.toContain('Title D');
    expect(sheet.assuranceLevel).toBe('limited');
    expect(sheet.recommendation).toContain('and the exceptions set out in this paper');
  });

  it('passes the front sheet schema, with a commentary box per ambition, for a real report', () => {
    const report = buildBoardReport(
      assessStrategy(smallStrategy(), {
        asOf: new Date('2026-01-25T12:00:00Z'),
        updateWindow: { opens: day('2025-12-17'), closes: day('2026-01-21') },
      }),
      {
        organisationName: ctx.trustName,
        isDemo: true,
        period: reportWith(counts(0, 0, 0, 0)).period,
        previous: null,
        generatedAt: new Date('2026-01-25T12:34:56Z'),
      },
    );
    const sheet = defaultFrontSheet(report, ctx);
    expect(ZBoardPaperFrontSheet.safeParse(sheet).success).toBe(true);
    expect(sheet.commentary).toEqual([
      { ambitionId: 'a1', text: '' },
      { ambitionId: 'a2', text: '' },
    ]);
  });

  it('says how the colours moved since the last quarter when there is one to compare with', () => {
    const build = (previous: TBoardReport | null) =>
      buildBoardReport(
        assessStrategy(smallStrategy(), {
          asOf: new Date('2026-01-25T12:00:00Z'),
          updateWindow: { opens: day('2025-12-17'), closes: day('2026-01-21') },
        }),
        {
          organisationName: ctx.trustName,
          isDemo: true,
          period: reportWith(counts(0, 0, 0, 0)).period,
          previous,
          generatedAt: new Date('2026-01-25T12:34:56Z'),
        },
      );
    expect(defaultFrontSheet(build(null), ctx).executiveSummary).not.toContain(
      'Since the last quarter',
    );
    const summary = defaultFrontSheet(build(build(null)), ctx).executiveSummary;
    expect(summary).toMatch(/Since the last quarter: [^.]*the same\./);
  });

  it('leaves the executive lead blank when none is known, for the EDI team to fill', () => {
    const { executiveLeadName: _, ...noLead } = ctx;
    expect(defaultFrontSheet(reportWith(counts(0, 0, 1, 0)), noLead).executiveLead).toBe('');
  });
});
