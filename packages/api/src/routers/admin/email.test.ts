import { addOutboxMessage, findAuditEventsFor, testProviders } from '@belonging/db/testing';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

/** The fields a refused input names. */
function fieldsNamed(error: { cause?: unknown }): string[] {
  return error.cause instanceof z.ZodError
    ? Object.keys(z.flattenError(error.cause).fieldErrors)
    : [];
}

// Far in the future, so these messages come first whatever else the demo's outbox holds.
const minute = (n: number) => new Date(Date.UTC(2099, 0, 1, 9, n));

describe.each(testProviders())('the Emails page on %s', (provider) => {
  const { bed, admin, auditCount } = useApiTestBed(provider);

  it('lists the trust’s outbox newest first, a page at a time, every status in words', async () => {
    const api = await admin();
    const owner = await bed.userId(DEMO.owner);
    const sent = await addOutboxMessage(bed.db, {
      organisationId: bed.organisationId,
      recipientId: owner,
      toAddress: DEMO.owner,
      state: 'sent',
      createdAt: minute(1),
    });
    const failed = await addOutboxMessage(bed.db, {
      organisationId: bed.organisationId,
      state: 'failed',
      kind: 'window_closing',
      lastError: '550 5.1.1 Mailbox unavailable',
      createdAt: minute(2),
    });
    const waiting = await addOutboxMessage(bed.db, {
      organisationId: bed.organisationId,
      createdAt: minute(3),
    });

    const first = await api.admin.email.list({ limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual([waiting.id, failed.id]);
    expect(first.items[1]).toMatchObject({
      status: 'failed',
      statusWords: 'Failed',
      kindWords: 'Reminder before the window closes',
      attempts: 1,
      lastError: '550 5.1.1 Mailbox unavailable',
    });
    expect(first.nextCursor).toBe(failed.id);
    const second = await api.admin.email.list({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.items[0]).toMatchObject({
      id: sent.id,
      recipientName: 'Daniel Hart',
      toAddress: DEMO.owner,
      statusWords: 'Sent',
    });
    expect(first.failedCount).toBeGreaterThanOrEqual(1);
    expect(first.mailConfigured).toBe(false);
  });

  it('filters by status, and holds the unsent as paused while email is paused', async () => {
    const api = await admin();
    const waiting = await addOutboxMessage(bed.db, {
      organisationId: bed.organisationId,
      createdAt: minute(10),
    });
    const ids = async (status: 'waiting' | 'sent' | 'failed' | 'paused') =>
      (await api.admin.email.list({ status })).items.map((m) => m.id);
    expect(await ids('waiting')).toContain(waiting.id);
    expect(await ids('paused')).toEqual([]);
    expect(await ids('sent')).not.toContain(waiting.id);

    await api.admin.email.updateSettings({
      emailPaused: true,
      reminderDaysBeforeClose: 5,
      overdueRepeatDays: 3,
    });
    expect(await ids('waiting')).toEqual([]);
    expect(await ids('paused')).toContain(waiting.id);
    const held = await api.admin.email.list({ status: 'paused' });
    expect(held.emailPaused).toBe(true);
    expect(held.items[0]).toMatchObject({ status: 'paused', statusWords: 'Held: email is paused' });
    await api.admin.email.updateSettings({
      emailPaused: false,
      reminderDaysBeforeClose: 5,
      overdueRepeatDays: 3,
    });
  });

  it('says whether the server can send email', async () => {
    const api = await bed.callerAs(DEMO.admin, { mailConfigured: true });
    expect((await api.admin.email.list()).mailConfigured).toBe(true);
    expect((await api.admin.email.settings()).mailConfigured).toBe(true);
  });

  it('shows one message as written, text and HTML', async () => {
    const api = await admin();
    const message = await addOutboxMessage(bed.db, {
      organisationId: bed.organisationId,
      textBody: 'Your update is due.',
      htmlBody: '<p>Your update is <strong>due</strong>.</p>',
    });
    expect(await api.admin.email.message({ id: message.id })).toMatchObject({
      id: message.id,
      subject: message.subject,
      textBody: 'Your update is due.',
      htmlBody: '<p>Your update is <strong>due</strong>.</p>',
      statusWords: 'Waiting to be sent',
    });
  });

  it('never shows another trust’s messages: not in the list, and its id is not found', async () => {
    const api = await admin();
    const theirs = await addOutboxMessage(bed.db, {
      organisationId: bed.other.organisationId,
      toAddress: bed.other.ownerEmail,
      createdAt: minute(30),
    });
    const error = await errorOf(api.admin.email.message({ id: theirs.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).not.toContain(theirs.subject);
    const listed = await api.admin.email.list({ limit: 200 });
    expect(listed.items.map((m) => m.id)).not.toContain(theirs.id);
    // Paging from their id starts nowhere rather than inside their outbox.
    expect((await api.admin.email.list({ cursor: theirs.id })).items).toEqual([]);
  });

  it('saves the settings with one audit event saying what changed', async () => {
    const api = await admin();
    const start = await auditCount();
    const saved = await api.admin.email.updateSettings({
      emailPaused: false,
      reminderDaysBeforeClose: 7,
      overdueRepeatDays: 2,
    });
    expect(saved).toEqual({ emailPaused: false, reminderDaysBeforeClose: 7, overdueRepeatDays: 2 });
    expect(await api.admin.email.settings()).toMatchObject(saved);
    expect(await auditCount()).toBe(start + 1);
    const [event] = (
      await findAuditEventsFor(bed.db, { entity: 'email_settings', entityId: bed.organisationId })
    ).slice(-1);
    expect(event?.operation).toBe('update');
    expect(JSON.parse(event?.before ?? '{}')).toMatchObject({ reminderDaysBeforeClose: 5 });
    expect(JSON.parse(event?.after ?? '{}')).toMatchObject({
      reminderDaysBeforeClose: 7,
      overdueRepeatDays: 2,
    });
    // The trail says it in words, naming what changed.
    const [entry] = (await api.audit.list({ entity: 'email_settings' })).items;
    expect(entry?.what).toBe('Email settings changed');
    expect(entry?.subject).toBe('Demo Partnership NHS Foundation Trust');
  });

  it.each([
    [{ reminderDaysBeforeClose: 0 }, 'reminderDaysBeforeClose'],
    [{ reminderDaysBeforeClose: 15 }, 'reminderDaysBeforeClose'],
    [{ overdueRepeatDays: 1.5 }, 'overdueRepeatDays'],
    [{ emailPaused: 'yes' }, 'emailPaused'],
  ])('refuses %j naming the field, and changes nothing', async (change, field) => {
    const api = await admin();
    const before = await api.admin.email.settings();
    const start = await auditCount();
    const error = await errorOf(
      api.admin.email.updateSettings({
        emailPaused: true,
        reminderDaysBeforeClose: 4,
        overdueRepeatDays: 4,
        ...change,
      } as never),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsNamed(error)).toEqual([field]);
    expect(await api.admin.email.settings()).toEqual(before);
    expect(await auditCount()).toBe(start);
  });

  it('refuses a status it does not know, naming the field', async () => {
    const api = await admin();
    const error = await errorOf(api.admin.email.list({ status: 'bounced' } as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsNamed(error)).toEqual(['status']);
  });
});
