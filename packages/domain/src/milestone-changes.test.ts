import { describe, expect, it } from 'vitest';
import { milestoneAtRiskProblem, milestoneCompletionProblem } from './milestone-changes.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('milestoneCompletionProblem', () => {
  it.each([
    { name: 'today is allowed', completedAt: '2026-03-15', now: '2026-03-15T12:00:00Z', ok: true },
    {
      name: 'yesterday is allowed',
      completedAt: '2026-03-14',
      now: '2026-03-15T00:30:00Z',
      ok: true,
    },
    {
      name: 'tomorrow is refused',
      completedAt: '2026-03-16',
      now: '2026-03-15T23:59:00Z',
      ok: false,
    },
    {
      name: 'the London day counts: 23:30 UTC in summer is already tomorrow',
      completedAt: '2026-07-01',
      now: '2026-06-30T23:30:00Z',
      ok: true,
    },
    {
      name: 'the London day counts: 22:59 UTC in summer is still today',
      completedAt: '2026-07-01',
      now: '2026-06-30T22:59:00Z',
      ok: false,
    },
  ])('$name', ({ completedAt, now, ok }) => {
    expect(milestoneCompletionProblem(day(completedAt), new Date(now))).toBe(
      ok ? null : 'The completion date must be today or earlier',
    );
  });
});

describe('milestoneAtRiskProblem', () => {
  it.each([
    { name: 'an open milestone may be flagged', completedAt: null, atRisk: true, ok: true },
    { name: 'an open milestone may be cleared', completedAt: null, atRisk: false, ok: true },
    {
      name: 'a completed milestone may be cleared',
      completedAt: day('2026-01-01'),
      atRisk: false,
      ok: true,
    },
    {
      name: 'a completed milestone is never flagged',
      completedAt: day('2026-01-01'),
      atRisk: true,
      ok: false,
    },
  ])('$name', ({ completedAt, atRisk, ok }) => {
    expect(milestoneAtRiskProblem({ completedAt }, atRisk)).toBe(
      ok ? null : 'A completed milestone cannot be at risk',
    );
  });
});
