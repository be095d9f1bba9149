import type { TBoardPaperFrontSheetJson } from '@belonging/domain';
import { boardReportFixture } from './board-report-fixture.ts';
import type { TBoardPaperInput, TKpiSeries } from '../../src/exports/paper-types.ts';

// A board paper for the PDF and Word tests: the report fixture with owners named in Arabic,
// Chinese, Greek and Polish, a filled front sheet and a series for each KPI that has values.

export const MULTI_SCRIPT_NAMES = [
  'Fatima Al-Zahrā فاطمة',
  '王小明',
  'Αθηνά Παπαδοπούλου',
  'Zażółć Gęślą',
] as const;
const [arabic, chinese, greek, polish] = MULTI_SCRIPT_NAMES;

export function frontSheetFixture(): TBoardPaperFrontSheetJson {
  return {
    meeting: 'Trust Board (meeting in public)',
    meetingDate: '2026-01-29',
    agendaItem: '7.2',
    title: 'Belonging and Inclusion Strategy: quarterly progress',
    executiveLead: greek,
    author: polish,
    purpose: 'assurance',
    recommendation: 'The board is asked to note progress and the recovery plan for Ambition 2.',
    assuranceLevel: 'limited',
    bafRisks: 'BAF 4: workforce equality',
    strategicObjectives: 'SO2: great place to work',
    equalityImpact: 'Positive for staff from ethnic minority backgrounds and disabled staff.',
    executiveSummary: 'Two of three ambitions are on track; recruitment fairness is behind plan.',
    commentary: [
      {
        ambitionId: 'amb-1',
        text: `Teams report more belonging. ${arabic} leads the listening events.`,
      },
      {
        ambitionId: 'amb-2',
        text: 'Shortlisting is still less fair than planned; panels start in March.',
      },
    ],
  };
}

/** 15 quarterly values, so the SPC chart has limits. */
function seriesOf(values: number[], expected: (i: number) => number | null): TKpiSeries {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const end = Date.UTC(2025, 12, 0); // 31 December 2025, the last value
  return {
    points: values.map((value, i) => {
      const back = 3 * (values.length - 1 - i);
      const day = new Date(end);
      day.setUTCDate(1);
      day.setUTCMonth(day.getUTCMonth() - back + 1, 0); // the quarter's last day
      return {
        periodEnd: day.toISOString().slice(0, 10),
        value,
        expected: expected(i),
        special: i === values.length - 1 ? 'concern' : null,
      };
    }),
    mean,
    upperLimit: values.length >= 13 ? mean + 0.4 : null,
    lowerLimit: values.length >= 13 ? mean - 0.4 : null,
  };
}

export function boardPaperFixture(overrides: Partial<TBoardPaperInput> = {}): TBoardPaperInput {
  const base = boardReportFixture();
  const report = boardReportFixture({
    exceptions: base.exceptions.map((e, i) => (i === 0 ? { ...e, owner: arabic } : e)),
    optimistic: base.optimistic.map((o) => ({ ...o, owner: chinese })),
    missingUpdates: base.missingUpdates.map((m) => ({ ...m, owner: greek })),
    staleKpis: base.staleKpis.map((s) => ({ ...s, owner: polish })),
  });
  return {
    report,
    sheet: frontSheetFixture(),
    meta: {
      trustName: report.organisationName,
      generatedAt: new Date('2026-02-03T10:15:00Z'),
      kpiSeries: {
        'kpi-wres-2': seriesOf(
          [1.4, 1.5, 1.45, 1.38, 1.5, 1.42, 1.47, 1.51, 1.44, 1.49, 1.4, 1.46, 1.5, 1.55, 1.62],
          (i) => 1.5 - i * 0.015,
        ),
        'kpi-pay': seriesOf([1.2, 0.9, 0.2], () => null),
        'kpi-wdes-4': seriesOf([15.2, 14.5], (i) => 15.5 - i * 0.5),
      },
    },
    ...overrides,
  };
}
