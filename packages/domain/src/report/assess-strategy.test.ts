import { describe, expect, it } from 'vitest';
import { actionOnDay, assessStrategy } from './assess-strategy.ts';
import { smallStrategy } from '../../test/report-fixture.ts';
import { londonDayNumber, parseIsoDay as day, toIsoDay } from '../dates.ts';

const asOf = new Date('2026-01-25T12:00:00Z');
const updateWindow = { opens: day('2025-12-17'), closes: day('2026-01-21') };

describe('assessStrategy', () => {
  const assessed = assessStrategy(smallStrategy(), { asOf, updateWindow });
  const [a1, a2] = assessed.ambitions;
  const c1 = a1?.commitments[0];
  const c2 = a1?.commitments[1];

  it('keeps the tree: ambitions, their commitments, actions and KPIs in input order', () => {
    expect(assessed.ambitions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(a1?.commitments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(c1?.actions.map((a) => a.id)).toEqual(['x1', 'x2']);
    expect(c1?.kpis.map((k) => k.id)).toEqual(['k1']);
    expect(a2?.kpis.map((k) => k.id)).toEqual(['k2']);
    expect(assessed.asOf.toISOString()).toBe('2026-01-25T00:00:00.000Z');
  });

  it('assesses actions and milestones at asOf, with the owner view and the update window', () => {
    expect(c1?.actions.map((a) => a.assessment.rag)).toEqual(['green', 'red']);
    expect(c1?.actions[1]?.assessment).toMatchObject({
      optimistic: true,
      derivedRag: 'red',
      overdue: true,
    });
    expect(c2?.actions.map((a) => a.assessment.rag)).toEqual(['amber', null, 'green']);
    expect(c2?.actions[0]?.milestones[0]?.assessment).toMatchObject({
      rag: 'amber',
      reason: 'at_risk',
    });
    expect(c2?.actions[2]?.assessment.updateMissing).toBe(true);
    expect(c1?.actions[0]?.assessment.updateMissing).toBe(false);
  });

  it('assesses KPIs on values up to asOf and runs SPC over that series with the KPI settings', () => {
    const k1 = c1?.kpis[0];
    expect(k1?.assessment).toMatchObject({ rag: 'green', actual: 50, expected: 50 });
    expect(k1?.points).toBe(1);
    expect(k1?.spcResult.points.map((p) => p.value)).toEqual([50]);
    expect(k1?.spcResult.upperLimit).toBeNull();
    expect(a2?.kpis[0]?.assessment).toMatchObject({ rag: 'red', stale: true });
  });

  it('rolls up commitments, ambitions and the strategy, leaving the cancelled action out', () => {
    // c1: green, red, green KPI → 1 red of 3 rated → red.
    expect(c1?.rollup).toEqual({
      rag: 'red',
      counts: { red: 1, amber: 0, green: 2, blue: 0, grey: 0 },
    });
    // c2: amber, green (cancelled left out).
    expect(c2?.rollup).toEqual({
      rag: 'amber',
      counts: { red: 0, amber: 1, green: 1, blue: 0, grey: 0 },
    });
    // a1: c1 + c2 → 1 red of 5 → amber.
    expect(a1?.rollup.rag).toBe('amber');
    expect(a1?.rollup.counts).toEqual({ red: 1, amber: 1, green: 3, blue: 0, grey: 0 });
    // a2: c3's blue action and its own red KPI → 1 red of 2 → red.
    expect(a2?.rollup).toEqual({
      rag: 'red',
      counts: { red: 1, amber: 0, green: 0, blue: 1, grey: 0 },
    });
    expect(assessed.rollup.counts).toEqual({ red: 2, amber: 1, green: 3, blue: 1, grey: 0 });
    expect(assessed.rollup.rag).toBe('amber');
  });

  it('uses the strategy roll-up rule: worst makes any red red', () => {
    const input = smallStrategy();
    input.strategy.rollupRule = 'worst';
    expect(assessStrategy(input, { asOf }).rollup.rag).toBe('red');
  });

  it('without an update window no update is missing', () => {
    const plain = assessStrategy(smallStrategy(), { asOf });
    expect(plain.ambitions[0]?.commitments[1]?.actions[2]?.assessment.updateMissing).toBe(false);
  });

  it('a KPI whose commitment is not in the strategy falls back to its ambition; one with neither is left out', () => {
    const input = smallStrategy();
    const [k1, k2] = input.kpis;
    if (!k1 || !k2) throw new Error('fixture changed');
    input.kpis = [
      { ...k1, commitmentId: 'gone' },
      { ...k2, ambitionId: null },
    ];
    const tree = assessStrategy(input, { asOf });
    expect(tree.ambitions[0]?.kpis.map((k) => k.id)).toEqual(['k1']);
    expect(
      tree.ambitions
        .flatMap((a) => [...a.kpis, ...a.commitments.flatMap((c) => c.kpis)])
        .map((k) => k.id),
    ).toEqual(['k1']);
  });
});

describe('actionOnDay: an action as it stood on the day assessed', () => {
  const base = smallStrategy().actions[0];
  if (!base) throw new Error('fixture has an action');
  const dayOf = (iso: string) => londonDayNumber(day(iso));
  const update = (ownerRag: 'red' | 'green' | null, ownerRagReason: string | null) => ({
    createdAt: new Date('2025-12-20T10:00:00Z'),
    narrative: 'N',
    recoveryAction: null,
    ownerRag,
    ownerRagReason,
  });
  it.each([
    [
      'a red update with no reason shows no reason, not the earlier green view’s',
      { ownerRag: 'green' as const, ownerRagReason: 'On track', latestUpdate: update('red', null) },
      { ownerRag: 'red', ownerRagReason: null },
    ],
    [
      'an update that gave no view clears the action’s view and its reason',
      { ownerRag: 'red' as const, ownerRagReason: 'Late', latestUpdate: update(null, null) },
      { ownerRag: null, ownerRagReason: null },
    ],
    [
      'without a dated view (no update read) the action’s own view and reason stand',
      { ownerRag: 'amber' as const, ownerRagReason: 'Busy', latestUpdate: null },
      { ownerRag: 'amber', ownerRagReason: 'Busy' },
    ],
  ])('%s', (_name, over, expected) => {
    expect(actionOnDay({ ...base, ...over }, dayOf('2026-01-25'))).toMatchObject(expected);
  });

  it.each([
    ['completed the day after is still in progress', '2026-01-26', 'in_progress', null],
    ['completed that day counts as complete', '2026-01-25', 'complete', '2026-01-25'],
  ])('%s', (_name, completed, status, completedIso) => {
    const done = { ...base, status: 'complete' as const, completedAt: day(completed) };
    const then = actionOnDay(done, dayOf('2026-01-25'));
    expect(then.status).toBe(status);
    expect(then.completedAt ? toIsoDay(then.completedAt) : null).toBe(completedIso);
  });
});
