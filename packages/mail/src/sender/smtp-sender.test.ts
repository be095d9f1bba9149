import type { TOutboxClaimed } from '@belonging/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closedPort,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../test/smtp-test-server.ts';
import { defaultMailFrom, parseMailFrom } from './mail-from.ts';
import { classifySendFailure } from './send-failure.ts';
import { createSmtpSender, describeSmtpServer } from './smtp-sender.ts';

const message = (id: string, toAddress: string): TOutboxClaimed => ({
  id,
  toAddress,
  subject: 'Your actions are due for an update',
  textBody: 'Open My actions: https://tracker.example.nhs.uk/my-actions',
  htmlBody:
    '<!doctype html><html lang="en-GB"><body><p><a href="https://tracker.example.nhs.uk/my-actions">My actions</a></p></body></html>',
  attempts: 0,
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => classifySendFailure(error),
  );

describe('the SMTP sender, against a real SMTP server', () => {
  let smtp: TestSmtpServer;
  const mailFrom = 'Belonging Tracker <no-reply@tracker.example.nhs.uk>';

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ user: 'tracker', pass: 's3cret-pa55' });
  });
  afterAll(() => smtp.close());

  it('delivers the text and the HTML to the recipient, under a Message-ID made from the row id', async () => {
    const sender = createSmtpSender({ smtpUrl: smtp.url, mailFrom });
    await sender.send(message('cmrow0001', 'owner@trust.nhs.uk'));
    sender.close();
    expect(smtp.received.at(-1)).toEqual({
      messageId: '<cmrow0001@tracker.example.nhs.uk>',
      from: 'no-reply@tracker.example.nhs.uk',
      to: ['owner@trust.nhs.uk'],
      subject: 'Your actions are due for an update',
      text: 'Open My actions: https://tracker.example.nhs.uk/my-actions',
      html: expect.stringContaining('href="https://tracker.example.nhs.uk/my-actions"') as unknown,
      lang: 'en-GB',
      autoSubmitted: 'auto-generated',
    });
  });

  it('has a 550 refusal of the recipient classed as final, with its code', async () => {
    smtp.refuseRecipient('gone@trust.nhs.uk', { code: 550, text: '5.1.1 Mailbox unavailable' });
    const sender = createSmtpSender({ smtpUrl: smtp.url, mailFrom });
    const failure = await failureOf(sender.send(message('cmrow0002', 'gone@trust.nhs.uk')));
    sender.close();
    expect(failure).toEqual({ outcome: 'refused', reason: '550 5.1.1 Mailbox unavailable' });
  });

  it('has a 421 at the greeting classed as the server being away, to try again', async () => {
    smtp.refuseConnections({ code: 421, text: '4.3.2 Service shutting down' });
    const sender = createSmtpSender({ smtpUrl: smtp.url, mailFrom });
    const failure = await failureOf(sender.send(message('cmrow0003', 'owner@trust.nhs.uk')));
    smtp.refuseConnections(null);
    sender.close();
    expect(failure?.outcome).toBe('unreachable');
    expect(failure?.reason).toMatch(/^421 /);
  });

  it('has a refused connection classed as the server being away', async () => {
    const smtpUrl = `smtp://127.0.0.1:${await closedPort()}`;
    const sender = createSmtpSender({ smtpUrl, mailFrom });
    const failure = await failureOf(sender.send(message('cmrow0004', 'owner@trust.nhs.uk')));
    sender.close();
    expect(failure).toEqual({
      outcome: 'unreachable',
      reason: 'The SMTP server could not be reached (ECONNREFUSED)',
    });
  });

  it('says a wrong password is refused without ever repeating the password', async () => {
    const smtpUrl = smtp.url.replace('s3cret-pa55', 'wrong-pa55');
    const sender = createSmtpSender({ smtpUrl, mailFrom });
    const failure = await failureOf(sender.send(message('cmrow0005', 'owner@trust.nhs.uk')));
    sender.close();
    expect(failure?.outcome).toBe('unreachable');
    expect(failure?.reason).toMatch(/^535 /);
    expect(JSON.stringify(failure)).not.toContain('pa55');
    expect(sender.server).toBe(`127.0.0.1:${smtp.port}`);
  });
});

describe('MAIL_FROM and the SMTP server’s name', () => {
  it.each([
    [
      'Belonging Tracker <no-reply@trust.nhs.uk>',
      { address: 'no-reply@trust.nhs.uk', domain: 'trust.nhs.uk' },
    ],
    ['no-reply@Trust.NHS.uk', { address: 'no-reply@Trust.NHS.uk', domain: 'trust.nhs.uk' }],
    ['no-reply@localhost', { address: 'no-reply@localhost', domain: 'localhost' }],
    ['not an address', null],
    ['a@b.nhs.uk, c@d.nhs.uk', null],
  ])('reads %j', (value, parsed) => {
    expect(parseMailFrom(value)).toEqual(parsed);
  });

  it.each([
    [undefined, 'Belonging Tracker <no-reply@localhost>'],
    ['https://tracker.trust.nhs.uk', 'Belonging Tracker <no-reply@tracker.trust.nhs.uk>'],
    ['http://[::1]:3000', 'Belonging Tracker <no-reply@localhost>'],
  ])('sends from a no-reply address at the host of APP_ORIGIN=%j by default', (origin, from) => {
    expect(defaultMailFrom(origin)).toBe(from);
    expect(parseMailFrom(from)).not.toBeNull();
  });

  it('names the server by host and port only', () => {
    expect(describeSmtpServer('smtp://user:pw@smtp.trust.nhs.uk:2525')).toBe(
      'smtp.trust.nhs.uk:2525',
    );
    expect(describeSmtpServer('smtps://user:pw@smtp.trust.nhs.uk')).toBe('smtp.trust.nhs.uk:465');
  });
});
