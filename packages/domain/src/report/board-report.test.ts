import { describe, expect, it } from 'vitest';
import { assessStrategy } from './assess-strategy.ts';
import { buildBoardReport, type TBoardReportOptions } from './board-report.ts';
import { Q3_AS_OF, Q3_PERIOD, Q3_UPDATE_WINDOW, smallStrategy } from '../../test/report-fixture.ts';
import { parseIsoDay as day } from '../dates.ts';
import { nonAdverseBandWords } from './target-words.ts';
import type { TBoardReport } from './types.ts';

const asOf = Q3_AS_OF;
const updateWindow = Q3_UPDATE_WINDOW;
const period = Q3_PERIOD;
const options = (previous: TBoardReport | null): TBoardReportOptions => ({
  organisationName: 'Demo Partnership NHS Foundation Trust',
  isDemo: true,
  period,
  previous,
  generatedAt: new Date('2026-01-25T12:34:56Z'),
});

describe('buildBoardReport', () => {
  const assessed = assessStrategy(smallStrategy(), { asOf, updateWindow });
  const report = buildBoardReport(assessed, options(null));

  it('carries the header: organisation, demo flag, period, asOf as a day and the generation time', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      organisationName: 'Demo Partnership NHS Foundation Trust',
      isDemo: true,
      strategyTitle: 'Belonging and Inclusion Strategy 2023–2028',
      period,
      asOf: '2026-01-25',
      generatedAt: '2026-01-25T12:34:56.000Z',
      overall: { rag: 'amber' },
    });
  });

  it('summarises each ambition with its commitments; without a previous report everything is new', () => {
    expect(report.summary.map((a) => [a.label, a.rag, a.movement])).toEqual([
      ['Ambition 1', 'amber', 'new'],
      ['Ambition 2', 'red', 'new'],
    ]);
    expect(report.summary[0]?.commitments.map((c) => [c.label, c.rag, c.previousRag])).toEqual([
      ['1.1', 'red', null],
      ['1.2', 'amber', null],
    ]);
  });

  it('lists red and amber actions and KPIs, worst first, with the latest narrative and recovery action', () => {
    expect(report.exceptions.map((e) => [e.kind, e.id, e.rag])).toEqual([
      ['action', 'x2', 'red'],
      ['kpi', 'k2', 'red'],
      ['action', 'x3', 'amber'],
    ]);
    expect(report.exceptions[0]).toMatchObject({
      ambitionNumber: 1,
      commitmentCode: '1.1',
      owner: 'Chief People Officer',
      reason: 'overdue',
      narrative: 'Slipped',
      recoveryAction: 'Extra sessions in January',
    });
    expect(report.exceptions[1]).toMatchObject({
      ambitionNumber: 2,
      commitmentCode: null,
      owner: 'Chief Nurse',
      reason: 'off_trajectory',
      narrative: null,
    });
  });

  it('shows optimistic owner views, missing updates and stale KPIs', () => {
    expect(report.optimistic).toEqual([
      {
        actionId: 'x2',
        code: 'X2',
        title: 'Action x2',
        owner: 'Chief People Officer',
        ownerRag: 'green',
        derivedRag: 'red',
        reason: 'Nearly there',
      },
    ]);
    expect(report.missingUpdates.map((m) => m.actionId)).toEqual(['x5']);
    expect(report.staleKpis).toEqual([
      { kpiId: 'k2', code: 'K2', title: 'KPI k2', owner: 'Chief Nurse', periodEnd: '2024-12-31' },
    ]);
  });

  it('gives an optimistic view the reason of the update that gave it, never an older one', () => {
    const input = smallStrategy();
    const x2 = input.actions.find((a) => a.id === 'x2');
    if (!x2?.latestUpdate) throw new Error('fixture has x2 with an update');
    // The action row still holds an earlier update's reason; the newest update gave none.
    x2.latestUpdate = { ...x2.latestUpdate, ownerRag: 'green', ownerRagReason: null };
    const fresh = buildBoardReport(assessStrategy(input, { asOf, updateWindow }), options(null));
    expect(fresh.optimistic).toMatchObject([{ actionId: 'x2', ownerRag: 'green', reason: null }]);
  });

  it('lists KPIs and actions with dates as YYYY-MM-DD and SPC icons', () => {
    expect(
      report.kpis.map((k) => [
        k.id,
        k.ambitionNumber,
        k.rag,
        k.periodEnd,
        k.variation,
        k.isDemoData,
      ]),
    ).toEqual([
      ['k1', 1, 'green', '2025-03-31', null, true],
      ['k2', 2, 'red', '2024-12-31', null, true],
    ]);
    expect(report.kpis.map((k) => k.band)).toEqual([null, null]);
    expect(report.actions.map((a) => [a.id, a.rag, a.movement])).toEqual([
      ['x1', 'green', 'new'],
      ['x2', 'red', 'new'],
      ['x3', 'amber', 'new'],
      ['x4', null, null],
      ['x5', 'green', 'new'],
      ['x6', 'blue', 'new'],
    ]);
  });

  it('carries a band KPI’s band, so its row reads "Non-adverse band 0.80 to 1.25"', () => {
    const input = smallStrategy();
    const [first] = input.kpis;
    if (!first) throw new Error('the fixture has a KPI');
    input.kpis[0] = {
      ...first,
      unit: 'ratio',
      definition: {
        ...first.definition,
        direction: 'band',
        target: null,
        band: { low: 0.8, high: 1.25 },
      },
      measurements: first.measurements.map((m) => ({ ...m, value: 1.1 })),
    };
    const banded = buildBoardReport(assessStrategy(input, { asOf, updateWindow }), options(null));
    const row = banded.kpis.find((k) => k.id === first.id);
    expect(row?.band).toEqual({ low: 0.8, high: 1.25 });
    expect(row && nonAdverseBandWords(row)).toBe('Non-adverse band 0.80 to 1.25');
  });

  it('works out movement from the previous report by id', () => {
    const later = assessStrategy(smallStrategy(), { asOf: day('2026-04-25'), updateWindow: null });
    const next = buildBoardReport(later, options(report));
    const x1 = next.actions.find((a) => a.id === 'x1');
    // x1 is due 31 March 2026, so by 25 April it has turned from green to red.
    expect(x1).toMatchObject({ previousRag: 'green', rag: 'red', movement: 'deteriorated' });
    expect(next.actions.find((a) => a.id === 'x6')).toMatchObject({
      previousRag: 'blue',
      movement: 'unchanged',
    });
    expect(next.summary[0]).toMatchObject({ previousRag: 'amber' });
    expect(next.summary[0]?.commitments[0]).toMatchObject({
      previousRag: 'red',
      movement: 'unchanged',
    });
    expect(next.kpis.find((k) => k.id === 'k1')).toMatchObject({ previousRag: 'green' });
  });

  it('is pure and deterministic: the same input gives byte-identical JSON, and the JSON round-trips', () => {
    const again = buildBoardReport(
      assessStrategy(smallStrategy(), { asOf, updateWindow }),
      options(null),
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
