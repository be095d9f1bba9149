import { describe, expect, it } from 'vitest';
import { classifySendFailure, withoutAddresses } from './send-failure.ts';

const reply = (command: string, response: string) => ({
  code: 'EENVELOPE',
  command,
  response,
  responseCode: Number(response.slice(0, 3)),
});

describe('classifySendFailure', () => {
  it.each([
    [
      'a 550 to the recipient is final',
      reply('RCPT TO', '550 5.1.1 No such user'),
      'refused',
      '550 5.1.1 No such user',
    ],
    [
      'a 554 to the content is final',
      reply('DATA', '554 5.6.0 Message rejected'),
      'refused',
      '554 5.6.0 Message rejected',
    ],
    [
      'a 452 to the recipient is tried again',
      reply('RCPT TO', '452 4.2.2 Mailbox full'),
      'retry',
      '452 4.2.2 Mailbox full',
    ],
    [
      'a 451 after the content is tried again',
      reply('DATA', '451 4.3.0 Try later'),
      'retry',
      '451 4.3.0 Try later',
    ],
    [
      'a 503 (wrong sequence) is tried again, not refused',
      reply('DATA', '503 5.5.1 Bad sequence'),
      'retry',
      '503 5.5.1 Bad sequence',
    ],
    [
      '421 is the server going away, whatever the command',
      reply('RCPT TO', '421 4.3.2 Shutting down'),
      'unreachable',
      '421 4.3.2 Shutting down',
    ],
    [
      'a refused sender is the server’s setting, not the message',
      reply('MAIL FROM', '553 5.7.1 Sender not allowed'),
      'unreachable',
      '553 5.7.1 Sender not allowed',
    ],
    [
      'a refused sign-in waits for the settings to be fixed',
      {
        code: 'EAUTH',
        command: 'AUTH PLAIN',
        response: '535 5.7.8 Bad credentials',
        responseCode: 535,
      },
      'unreachable',
      '535 5.7.8 Bad credentials',
    ],
    [
      'a refused connection',
      { code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' },
      'unreachable',
      'The SMTP server could not be reached (ECONNREFUSED)',
    ],
    [
      'a timeout',
      { code: 'ETIMEDOUT', command: 'CONN' },
      'unreachable',
      'The SMTP server did not answer in time (ETIMEDOUT)',
    ],
    [
      'something that is not an error at all',
      'boom',
      'unreachable',
      'The SMTP server could not be reached (error)',
    ],
  ])('%s', (_name, error, outcome, reason) => {
    expect(classifySendFailure(error)).toEqual({ outcome, reason });
  });

  it('keeps only the first line of a multi-line reply, without its continuation dash', () => {
    const error = reply(
      'RCPT TO',
      '550-5.1.1 The account does not exist.\n550 5.1.1 Please check the address',
    );
    expect(classifySendFailure(error).reason).toBe('550 5.1.1 The account does not exist.');
  });

  it('never keeps an address the server quoted back', () => {
    const error = reply('RCPT TO', '550 5.1.1 <jo.bloggs@nhs.net>: Recipient address rejected');
    expect(classifySendFailure(error).reason).toBe(
      '550 5.1.1 <address>: Recipient address rejected',
    );
    expect(withoutAddresses('to jo@nhs.net and "x"@y.z')).not.toMatch(/@/);
  });
});
