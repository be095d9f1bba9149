import { findAuditEventsFor, testProviders } from '@belonging/db/testing';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('each person’s email preferences on %s', (provider) => {
  const { bed, auditCount } = useApiTestBed(provider);

  it('starts with reminders on, and offers the digest only to the EDI team', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    expect(await owner.account.emailPreferences()).toEqual({
      emailReminders: true,
      emailDigest: null,
      offersDigest: false,
    });
    const lead = await bed.callerAs(DEMO.admin);
    expect(await lead.account.emailPreferences()).toEqual({
      emailReminders: true,
      emailDigest: true,
      offersDigest: true,
    });
  });

  it('saves a person’s own choice with one audit event about them, and keeps it', async () => {
    const owner = await bed.callerAs(DEMO.otherOwner);
    const start = await auditCount();
    await owner.account.updateEmailPreferences({ emailReminders: false });
    expect(await auditCount()).toBe(start + 1);
    expect(
      (await (await bed.callerAs(DEMO.otherOwner)).account.emailPreferences()).emailReminders,
    ).toBe(false);
    const id = await bed.userId(DEMO.otherOwner);
    const [event] = await findAuditEventsFor(bed.db, { entity: 'email_preferences', entityId: id });
    expect(event).toMatchObject({ operation: 'update', actorId: id });
    expect(JSON.parse(event?.after ?? '{}')).toMatchObject({ emailReminders: false });
    // Someone else's choice is untouched.
    expect((await (await bed.callerAs(DEMO.owner)).account.emailPreferences()).emailReminders).toBe(
      true,
    );
  });

  it('lets the EDI team turn the digest off', async () => {
    const lead = await bed.callerAs(DEMO.admin);
    expect(
      await lead.account.updateEmailPreferences({ emailReminders: true, emailDigest: false }),
    ).toEqual({ emailReminders: true, emailDigest: false, offersDigest: true });
  });

  it('refuses the digest to anyone else, naming the field, and changes nothing', async () => {
    const board = await bed.callerAs(DEMO.board);
    const start = await auditCount();
    const error = await errorOf(
      board.account.updateEmailPreferences({ emailReminders: false, emailDigest: false }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(error))).toEqual(['emailDigest']);
    expect((await board.account.emailPreferences()).emailReminders).toBe(true);
    expect(await auditCount()).toBe(start);
  });

  it('refuses a choice that is not ticked or not, naming the field', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    const error = await errorOf(
      owner.account.updateEmailPreferences({ emailReminders: 'no' } as never),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const fields = error.cause instanceof z.ZodError ? z.flattenError(error.cause).fieldErrors : {};
    expect(Object.keys(fields)).toEqual(['emailReminders']);
  });
});
