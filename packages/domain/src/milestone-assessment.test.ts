import { describe, expect, it } from 'vitest';
import { assessMilestone } from './milestone-assessment.ts';
import { parseIsoDay as day } from './dates.ts';

const due = day('2026-03-31');

describe('assessMilestone', () => {
  it.each([
    [
      'green on its due date, to the last second of the London day (BST)',
      {},
      '2026-03-31T22:59:59Z',
      'green',
      false,
      false,
    ],
    [
      'red (overdue) from the first second of the next London day',
      {},
      '2026-03-31T23:00:00Z',
      'red',
      false,
      true,
    ],
    ['red (overdue) on 1 April as a stored date', {}, '2026-04-01', 'red', false, true],
    [
      'amber when flagged at risk and not yet due',
      { atRisk: true },
      '2026-03-01',
      'amber',
      false,
      false,
    ],
    ['red beats the at-risk flag once overdue', { atRisk: true }, '2026-04-01', 'red', false, true],
    [
      'blue when completed on its due date',
      { completedAt: day('2026-03-31') },
      '2026-04-10',
      'blue',
      false,
      false,
    ],
    [
      'blue and late when completed the day after its due date',
      { completedAt: day('2026-04-01') },
      '2026-04-10',
      'blue',
      true,
      false,
    ],
    [
      'a completion dated after asOf does not count yet',
      { completedAt: day('2026-04-20') },
      '2026-04-10',
      'red',
      false,
      true,
    ],
  ] as const)('%s', (_name, extra, asOf, rag, late, overdue) => {
    const when = asOf.length === 10 ? day(asOf) : new Date(asOf);
    expect(assessMilestone({ dueDate: due, ...extra }, when)).toMatchObject({ rag, late, overdue });
  });

  it('winter: due 31 December is green at 23:59 UTC and red at midnight UTC', () => {
    const december = { dueDate: day('2025-12-31') };
    expect(assessMilestone(december, new Date('2025-12-31T23:59:59Z')).rag).toBe('green');
    expect(assessMilestone(december, new Date('2026-01-01T00:00:00Z')).rag).toBe('red');
  });
});
