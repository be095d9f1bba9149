import { describe, expect, it } from 'vitest';
import {
  chooseOwnerRag,
  checkFields,
  initialFields,
  recoveryReason,
  updateInput,
  type TActionDates,
  type TUpdateFields,
} from './update-rules.ts';

const today = new Date('2026-11-24T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const onTrack: TActionDates = {
  startDate: day('2026-01-01'),
  dueDate: day('2027-08-31'),
  completedAt: null,
  milestones: [{ dueDate: day('2027-03-31'), completedAt: null, atRisk: false }],
};

const fields = (over: Partial<TUpdateFields>): TUpdateFields => ({
  narrative: 'Progress',
  progressPercent: '50',
  status: 'in_progress',
  ownerRag: '',
  ownerRagReason: '',
  risks: '',
  nextSteps: '',
  recoveryAction: '',
  ...over,
});

describe('the update form’s own checks, before anything is sent', () => {
  it('needs no recovery action or reason when the action stays green', () => {
    const checked = checkFields(onTrack, fields({ ownerRag: 'green' }), today);
    expect(checked.assessment.rag).toBe('green');
    expect(checked.fieldErrors).toEqual({});
    expect(recoveryReason(checked)).toBeNull();
  });

  it('requires a recovery action once the owner’s amber view makes the action amber, and says why', () => {
    const f = fields({ ownerRag: 'amber' });
    const checked = checkFields(onTrack, f, today);
    expect(checked.assessment.rag).toBe('amber');
    expect(checked.fieldErrors.recoveryAction).toMatch(
      /^Enter a recovery action: this action will be amber/,
    );
    expect(recoveryReason(checked)).toContain('the action is Amber');
    const answered = checkFields(
      onTrack,
      { ...f, recoveryAction: 'Extra staff from January' },
      today,
    );
    expect(answered.fieldErrors).toEqual({});
    expect(recoveryReason(answered)).toContain('the action is Amber');
  });

  it('requires a reason when the owner’s view is greener than an overdue milestone makes it', () => {
    const late: TActionDates = {
      ...onTrack,
      milestones: [{ dueDate: day('2026-10-31'), completedAt: null, atRisk: false }],
    };
    const f = fields({ ownerRag: 'green', recoveryAction: 'Re-planned' });
    const checked = checkFields(late, f, today);
    expect(checked.assessment.derivedRag).toBe('red');
    expect(checked.assessment.optimistic).toBe(true);
    expect(checked.fieldErrors.ownerRagReason).toContain('greener than the red');
  });

  it('treats marking the action complete as blue, which needs no recovery action', () => {
    const checked = checkFields(onTrack, fields({ status: 'complete' }), today);
    expect(checked.assessment.rag).toBe('blue');
    expect(recoveryReason(checked)).toBeNull();
  });
});

describe('a new quarter’s form, from the last update', () => {
  const last = {
    progressPercent: 45,
    risks: 'Facilitators stretched',
    nextSteps: 'Book the January session',
  };
  const action = {
    progressPercent: 45,
    status: 'in_progress' as const,
    ownerRag: 'green' as const,
    ownerRagReason: 'Ahead of plan',
    updates: [last],
  };

  it('carries progress, risks and next steps over for the owner to edit, but not the narrative', () => {
    expect(initialFields(action)).toMatchObject({
      narrative: '',
      progressPercent: '45',
      risks: 'Facilitators stretched',
      nextSteps: 'Book the January session',
      recoveryAction: '',
    });
  });

  it('starts blank where there is no update yet', () => {
    expect(initialFields({ ...action, updates: [] })).toMatchObject({ risks: '', nextSteps: '' });
  });

  const carried = initialFields(action);
  it.each([
    ['a new view drops the reason given for the old one', carried, 'red', ''],
    [
      'going back to the old view brings its reason back',
      chooseOwnerRag(carried, 'red', carried),
      'green',
      'Ahead of plan',
    ],
    [
      'a reason the owner typed stays whatever view they pick',
      { ...carried, ownerRagReason: 'Two sessions cancelled' },
      'red',
      'Two sessions cancelled',
    ],
  ] as const)('%s', (_name, from, rag, reason) => {
    const next = chooseOwnerRag(from, rag, carried);
    expect(next.ownerRag).toBe(rag);
    expect(next.ownerRagReason).toBe(reason);
  });
});

describe('the update the form sends', () => {
  it('keeps the narrative inside the trust only when the owner ticks the box', () => {
    expect(updateInput('act_1', 3, fields({ narrativeInternal: true })).narrativeInternal).toBe(
      true,
    );
    expect(updateInput('act_1', 3, fields({ narrativeInternal: false })).narrativeInternal).toBe(
      false,
    );
  });

  it('sends a public narrative from a draft saved before the box existed', () => {
    expect(updateInput('act_1', 3, fields({})).narrativeInternal).toBe(false);
  });

  it('starts each quarter with the narrative public', () => {
    expect(
      initialFields({
        progressPercent: 20,
        status: 'in_progress',
        ownerRag: null,
        ownerRagReason: null,
        updates: [],
      }).narrativeInternal,
    ).toBe(false);
  });
});
