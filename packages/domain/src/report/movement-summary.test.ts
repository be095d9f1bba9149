import { describe, expect, it } from 'vitest';
import { assessStrategy } from './assess-strategy.ts';
import { buildBoardReport } from './board-report.ts';
import { smallStrategy } from '../../test/report-fixture.ts';
import { parseIsoDay as day } from '../dates.ts';
import { describeMovement, movementByAmbition, totalMovement } from './movement-summary.ts';
import type { TBoardReport } from './types.ts';

describe('describeMovement', () => {
  it.each([
    [{ improved: 2, deteriorated: 1, unchanged: 0, new: 0 }, '2 better, 1 worse'],
    [
      { improved: 0, deteriorated: 0, unchanged: 5, new: 1 },
      '5 the same, 1 new or not rated before',
    ],
    [{ improved: 0, deteriorated: 0, unchanged: 0, new: 4 }, 'No earlier quarter to compare'],
    [{ improved: 0, deteriorated: 0, unchanged: 0, new: 0 }, 'Nothing to compare'],
  ])('%o reads "%s"', (counts, words) => {
    expect(describeMovement(counts)).toBe(words);
  });
});

describe('movementByAmbition', () => {
  const asOf = new Date('2026-01-25T12:00:00Z');
  const updateWindow = { opens: day('2025-12-17'), closes: day('2026-01-21') };
  const period = {
    id: 'p',
    label: '2025/26 Q3',
    startDate: '2025-10-01',
    endDate: '2025-12-31',
    boardDate: null,
    locked: false,
    lockedAt: null,
  };
  const build = (previous: TBoardReport | null) =>
    buildBoardReport(assessStrategy(smallStrategy(), { asOf, updateWindow }), {
      organisationName: 'Trust',
      isDemo: true,
      period,
      previous,
      generatedAt: asOf,
    });

  it('counts the actions and KPIs under each ambition that moved since the previous report', () => {
    const first = build(null);
    // Make x1 (green now) red and x3 (amber now) green in the previous report.
    const previous: TBoardReport = {
      ...first,
      actions: first.actions.map((a) =>
        a.id === 'x1' ? { ...a, rag: 'red' } : a.id === 'x3' ? { ...a, rag: 'green' } : a,
      ),
    };
    const moved = movementByAmbition(build(previous));
    expect(moved.get(1)).toMatchObject({ improved: 1, deteriorated: 1 });
    expect(moved.get(2)).toMatchObject({ improved: 0, deteriorated: 0 });
    expect(totalMovement(build(null))).toMatchObject({ improved: 0, deteriorated: 0 });
  });

  it('leaves out actions from a report frozen before they carried their ambition', () => {
    const old = build(null);
    const frozen: TBoardReport = {
      ...old,
      actions: old.actions.map(({ ambitionNumber: _, ...a }) => a),
    };
    const total = totalMovement(frozen);
    expect(total.new).toBe(frozen.kpis.length);
  });
});
