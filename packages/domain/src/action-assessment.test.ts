import { describe, expect, it } from 'vitest';
import { assessAction, type TActionInput } from './action-assessment.ts';
import { parseIsoDay as day } from './dates.ts';
import type { Rag } from './rag.ts';
import { isDomainError } from './errors.ts';

const base: TActionInput = {
  status: 'in_progress',
  startDate: day('2025-04-01'),
  dueDate: day('2026-03-31'),
  completedAt: null,
  milestones: [],
};
const asOf = day('2025-12-01');

describe('assessAction colours', () => {
  it.each([
    ['cancelled: no colour, left out of roll-ups', { status: 'cancelled' }, null, 'cancelled'],
    ['complete: blue', { status: 'complete', completedAt: day('2026-03-31') }, 'blue', 'complete'],
    [
      'complete after the due date: blue, flagged late',
      { status: 'complete', completedAt: day('2026-04-01') },
      'blue',
      'complete_late',
    ],
    [
      'not started without a start date: grey',
      { status: 'not_started', startDate: null },
      'grey',
      'not_started',
    ],
    [
      'not started, start date later: grey',
      { status: 'not_started', startDate: day('2026-01-01') },
      'grey',
      'not_started',
    ],
    [
      'not started, start date today: grey until the day has passed',
      { status: 'not_started', startDate: day('2025-12-01') },
      'grey',
      'not_started',
    ],
    [
      'not started, start date yesterday: amber',
      { status: 'not_started', startDate: day('2025-11-30') },
      'amber',
      'start_slipped',
    ],
    ['in progress on its due date: green', { dueDate: day('2025-12-01') }, 'green', 'on_track'],
    [
      'in progress the day after its due date: red',
      { dueDate: day('2025-11-30') },
      'red',
      'overdue',
    ],
    [
      'not started and past its due date: red',
      { status: 'not_started', startDate: null, dueDate: day('2025-11-30') },
      'red',
      'overdue',
    ],
    [
      'a milestone at risk makes it amber',
      { milestones: [{ dueDate: day('2026-01-31'), atRisk: true }] },
      'amber',
      'milestone_at_risk',
    ],
    [
      'an overdue milestone makes it red',
      {
        milestones: [{ dueDate: day('2025-11-30') }, { dueDate: day('2026-01-31'), atRisk: true }],
      },
      'red',
      'milestone_overdue',
    ],
    [
      'a completed milestone counts as green, not blue',
      { milestones: [{ dueDate: day('2025-11-30'), completedAt: day('2025-11-01') }] },
      'green',
      'on_track',
    ],
    [
      'a slipped start with an overdue milestone is red',
      {
        status: 'not_started',
        startDate: day('2025-10-01'),
        milestones: [{ dueDate: day('2025-11-01') }],
      },
      'red',
      'milestone_overdue',
    ],
  ] satisfies [string, Partial<TActionInput>, Rag | null, string][])(
    '%s',
    (_name, extra, rag, reason) => {
      const result = assessAction({ ...base, ...extra }, asOf);
      expect(result.rag).toBe(rag);
      expect(result.reason).toBe(reason);
    },
  );

  it('takes asOf as an instant in London: 23:30 UTC in summer is the next day', () => {
    const action = { ...base, dueDate: day('2025-06-30') };
    expect(assessAction(action, new Date('2025-06-30T22:30:00Z')).rag).toBe('green');
    expect(assessAction(action, new Date('2025-06-30T23:30:00Z'))).toMatchObject({
      rag: 'red',
      overdue: true,
    });
  });
});

describe("the owner's RAG view", () => {
  it.each([
    ['a redder owner view wins', 'green', 'red', 'red', false, 'owner_view'],
    [
      'an owner view equal to the derived colour changes nothing',
      'green',
      'green',
      'green',
      false,
      'on_track',
    ],
    [
      'a greener owner view never improves the colour and is flagged optimistic',
      'red',
      'green',
      'red',
      true,
      'overdue',
    ],
    ['a grey owner view is ignored', 'green', 'grey', 'green', false, 'on_track'],
    [
      'an owner view gives a colour to an action not started yet',
      'grey',
      'amber',
      'amber',
      false,
      'owner_view',
    ],
  ] as const)('%s', (_name, derived, ownerRag, rag, optimistic, reason) => {
    const dueDate = derived === 'red' ? day('2025-11-01') : base.dueDate;
    const status = derived === 'grey' ? ('not_started' as const) : ('in_progress' as const);
    const result = assessAction(
      { ...base, status, startDate: derived === 'grey' ? null : base.startDate, dueDate, ownerRag },
      asOf,
    );
    expect(result).toMatchObject({ rag, derivedRag: derived, optimistic, reason });
  });
});

describe('missing update', () => {
  const updateWindow = { opens: day('2025-12-17'), closes: day('2026-01-21') };
  it.each([
    ['not missing while the window is open', '2026-01-21', null, false],
    ['missing the day after the window closes with no update', '2026-01-22', null, true],
    [
      'missing when the last update was before the window opened',
      '2026-01-22',
      '2025-12-16T12:00:00Z',
      true,
    ],
    [
      'not missing with an update on the day the window opened',
      '2026-01-22',
      '2025-12-17T00:00:00Z',
      false,
    ],
    ['not missing with a late update after the close', '2026-02-01', '2026-01-25T09:00:00Z', false],
  ] as const)('%s', (_name, when, lastUpdateAt, missing) => {
    const action = {
      ...base,
      lastUpdateAt: lastUpdateAt ? new Date(lastUpdateAt) : null,
      updateWindow,
    };
    expect(assessAction(action, day(when)).updateMissing).toBe(missing);
  });

  it('never missing without a window, or for complete and cancelled actions', () => {
    const when = day('2026-02-01');
    expect(assessAction({ ...base, updateWindow: null }, when).updateMissing).toBe(false);
    expect(
      assessAction(
        { ...base, status: 'complete', completedAt: day('2025-12-01'), updateWindow },
        when,
      ).updateMissing,
    ).toBe(false);
    expect(assessAction({ ...base, status: 'cancelled', updateWindow }, when).updateMissing).toBe(
      false,
    );
  });
});

describe('invalid action inputs', () => {
  it('an invalid due date throws a domain error naming it', () => {
    let caught: unknown;
    try {
      assessAction({ ...base, dueDate: new Date('nope') }, asOf);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect(caught).toMatchObject({
      code: 'invalid_date',
      field: 'dueDate',
      message: "The action's due date must be a real date",
    });
  });
});
