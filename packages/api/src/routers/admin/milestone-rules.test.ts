import { countLiveMilestonesTitled, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshAction, freshMilestone } from '../../../test/support/admin-fixtures.ts';

// The demo strategy runs 2023/24 to 2027/28; fresh actions fall due on 31 March 2027.
describe.each(testProviders())('milestone due dates and duplicates on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('refuses a due date after the action’s or outside the strategy, saying which days are allowed', async () => {
    const api = await admin();
    const { id: actionId } = await freshAction(bed);
    const start = await auditCount();
    const late = await errorOf(
      api.admin.milestone.create({ actionId, title: 'Too late', dueDate: '2027-04-01' }),
    );
    expect(late.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(late)).toEqual({
      dueDate: [
        'The due date must be on or before the action’s due date: choose a day between 1 April 2023 and 31 March 2027',
      ],
    });
    const early = await errorOf(
      api.admin.milestone.create({ actionId, title: 'Too early', dueDate: '2023-03-31' }),
    );
    expect(fieldErrorsOf(early).dueDate?.[0]).toMatch(
      /^The due date must fall within the strategy/,
    );
    const milestone = await freshMilestone(bed);
    const moved = await errorOf(
      api.admin.milestone.update({ id: milestone.id, dueDate: '2027-06-30' }),
    );
    expect(Object.keys(fieldErrorsOf(moved))).toEqual(['dueDate']);
    expect(await auditCount()).toBe(start);

    await api.admin.milestone.create({ actionId, title: 'On the day', dueDate: '2027-03-31' });
    expect(await auditCount()).toBe(start + 1);
  });

  it('asks before adding the same milestone twice, and adds it once confirmed', async () => {
    const api = await admin();
    const { id: actionId } = await freshAction(bed);
    await api.admin.milestone.create({ actionId, title: 'Pilot launched', dueDate: '2026-06-30' });
    const start = await auditCount();
    const twice = await errorOf(
      api.admin.milestone.create({ actionId, title: ' pilot LAUNCHED ', dueDate: '2026-06-30' }),
    );
    expect(twice.code).toBe('CONFLICT');
    expect(detailsOf(twice)).toEqual({ reason: 'duplicate_milestone' });
    expect(Object.keys(fieldErrorsOf(twice))).toEqual(['title']);
    expect(await auditCount()).toBe(start);

    // Another day is not a duplicate; a confirmed duplicate is added.
    await api.admin.milestone.create({ actionId, title: 'Pilot launched', dueDate: '2026-07-31' });
    await api.admin.milestone.create({
      actionId,
      title: 'Pilot launched',
      dueDate: '2026-06-30',
      confirmDuplicate: true,
    });
    expect(await countLiveMilestonesTitled(bed.db, actionId, 'Pilot launched')).toBe(3);
    expect(await auditCount()).toBe(start + 2);
  });
});
