import { testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshAmbition } from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('commitment and action codes on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('refuses a commitment code a live sibling has, on create and on edit, naming the clash', async () => {
    const api = await admin();
    const ambition = await freshAmbition(bed);
    const other = await freshAmbition(bed);
    const first = await api.admin.commitment.create({
      ambitionId: ambition.id,
      code: '8.1',
      title: 'First',
    });
    const start = await auditCount();
    const clash = `Commitment 8.1 already exists under Ambition ${ambition.number}: choose another code`;
    const created = await errorOf(
      api.admin.commitment.create({ ambitionId: ambition.id, code: ' 8.1 ', title: 'Copy' }),
    );
    expect(created.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(created)).toEqual({ code: [clash] });

    // The same code under another ambition is fine; moving it across then clashes.
    const elsewhere = await api.admin.commitment.create({
      ambitionId: other.id,
      code: '8.1',
      title: 'Elsewhere',
    });
    const moved = await errorOf(
      api.admin.commitment.update({ id: elsewhere.id, ambitionId: ambition.id }),
    );
    expect(fieldErrorsOf(moved)).toEqual({ code: [clash] });
    const second = await api.admin.commitment.create({
      ambitionId: ambition.id,
      code: '8.2',
      title: 'Second',
    });
    const recoded = await errorOf(api.admin.commitment.update({ id: second.id, code: '8.1' }));
    expect(fieldErrorsOf(recoded)).toEqual({ code: [clash] });
    // Saving a commitment with its own code is no clash; an archived sibling's code is free.
    await api.admin.commitment.update({ id: first.id, code: '8.1', title: 'First, renamed' });
    await api.admin.commitment.archive({ id: first.id });
    await api.admin.commitment.update({ id: second.id, code: '8.1' });
    expect(await auditCount()).toBe(start + 5);
  });

  it('refuses an action code a live sibling of the same commitment has', async () => {
    const api = await admin();
    const ambition = await freshAmbition(bed);
    const commitment = await api.admin.commitment.create({
      ambitionId: ambition.id,
      code: '8.5',
      title: 'Where actions clash',
    });
    const action = {
      commitmentId: commitment.id,
      code: '8.5.1',
      title: 'An action',
      ownerId: await bed.userId(DEMO.owner),
      dueDate: '2027-03-31',
    };
    await api.admin.action.create(action);
    const clash = 'Action 8.5.1 already exists under Commitment 8.5: choose another code';
    const copy = await errorOf(api.admin.action.create({ ...action, code: '8.5.1' }));
    expect(copy.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(copy)).toEqual({ code: [clash] });

    const second = await api.admin.action.create({ ...action, code: '8.5.2' });
    const recoded = await errorOf(
      api.admin.action.update({ id: second.id, expectedVersion: second.version, code: '8.5.1' }),
    );
    expect(fieldErrorsOf(recoded)).toEqual({ code: [clash] });
  });
});
