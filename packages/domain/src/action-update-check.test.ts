import { describe, expect, it } from 'vitest';
import { checkActionUpdate, type TActionBeforeUpdate } from './action-update-check.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date('2026-11-24T12:00:00Z');

const onTrack: TActionBeforeUpdate = {
  startDate: day('2026-01-01'),
  dueDate: day('2027-08-31'),
  completedAt: null,
  milestones: [{ dueDate: day('2027-03-31'), completedAt: null, atRisk: false }],
};
const lateMilestone: TActionBeforeUpdate = {
  ...onTrack,
  milestones: [{ dueDate: day('2026-10-31'), completedAt: null, atRisk: false }],
};

describe('the action update rule', () => {
  it('needs nothing more while the action stays green', () => {
    const checked = checkActionUpdate(onTrack, { status: 'in_progress', ownerRag: 'green' }, now);
    expect(checked.assessment.rag).toBe('green');
    expect(checked.fieldErrors).toEqual({});
    expect(checked.needsRecoveryAction).toBe(false);
    expect(checked.completedAt).toBeNull();
  });

  it.each([
    ['amber', onTrack, 'amber'],
    ['red', onTrack, 'red'],
    ['overdue milestone', lateMilestone, undefined],
  ] as const)(
    'needs a recovery action once the action is red or amber (%s)',
    (_n, action, view) => {
      const checked = checkActionUpdate(action, { status: 'in_progress', ownerRag: view }, now);
      expect(checked.fieldErrors.recoveryAction).toBe(
        `Enter a recovery action: this action will be ${checked.assessment.rag ?? ''}, so the board needs to know how it will get back on track`,
      );
      const answered = checkActionUpdate(
        action,
        { status: 'in_progress', ownerRag: view, recoveryAction: 'Extra staff from January' },
        now,
      );
      expect(answered.fieldErrors).toEqual({});
    },
  );

  it('counts a recovery action of spaces alone as missing', () => {
    const checked = checkActionUpdate(
      onTrack,
      { status: 'in_progress', ownerRag: 'amber', recoveryAction: '   ' },
      now,
    );
    expect(Object.keys(checked.fieldErrors)).toEqual(['recoveryAction']);
  });

  it('needs a reason when the owner’s view is greener than the dates and milestones give', () => {
    const update = {
      status: 'in_progress',
      ownerRag: 'green',
      recoveryAction: 'Re-planned',
    } as const;
    const checked = checkActionUpdate(lateMilestone, update, now);
    expect(checked.assessment).toMatchObject({ derivedRag: 'red', optimistic: true });
    expect(checked.fieldErrors).toEqual({
      ownerRagReason:
        'Explain your RAG view: it is greener than the red worked out from the dates and milestones',
    });
    expect(
      checkActionUpdate(lateMilestone, { ...update, ownerRagReason: 'Dates agreed again' }, now)
        .fieldErrors,
    ).toEqual({});
  });

  it('dates a completion on the London day of the update, not the UTC one', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    const lateEvening = new Date('2026-06-30T23:30:00Z');
    const dueThatDay = { ...onTrack, dueDate: day('2026-06-30'), milestones: [] };
    const checked = checkActionUpdate(dueThatDay, { status: 'complete' }, lateEvening);
    expect(checked.completedAt).toEqual(day('2026-07-01'));
    expect(checked.assessment).toMatchObject({ rag: 'blue', late: true, reason: 'complete_late' });
    expect(checked.fieldErrors).toEqual({});
  });

  it('keeps the completion date of an action already complete', () => {
    const done = { ...onTrack, completedAt: day('2026-09-01') };
    expect(checkActionUpdate(done, { status: 'complete' }, now).completedAt).toEqual(
      day('2026-09-01'),
    );
  });

  it('judges overdue on the London day: an unfinished action due 30 June is red at 00:30 on 1 July', () => {
    const dueThatDay = { ...onTrack, startDate: null, dueDate: day('2026-06-30'), milestones: [] };
    const checked = checkActionUpdate(
      dueThatDay,
      { status: 'in_progress' },
      new Date('2026-06-30T23:30:00Z'),
    );
    expect(checked.assessment).toMatchObject({ rag: 'red', reason: 'overdue' });
    expect(Object.keys(checked.fieldErrors)).toEqual(['recoveryAction']);
  });
});
