import { describe, expect, it } from 'vitest';
import {
  emailKindWords,
  OUTBOX_STATUS_WORDS,
  outboxStatusOf,
  storedStateFor,
} from './email-outbox.ts';

const at = new Date('2026-01-10T09:00:00Z');

describe('an outbox message in words', () => {
  it.each([
    ['sent, whether or not email is paused now', { sentAt: at, failedAt: null }, true, 'sent'],
    ['failed once refused for good', { sentAt: null, failedAt: at }, false, 'failed'],
    ['waiting while unsent and email is on', { sentAt: null, failedAt: null }, false, 'waiting'],
    ['held while unsent and email is paused', { sentAt: null, failedAt: null }, true, 'paused'],
  ] as const)('is %s', (_, message, paused, status) => {
    expect(outboxStatusOf(message, paused)).toBe(status);
  });

  it('says every status in words, never its code', () => {
    expect(OUTBOX_STATUS_WORDS.paused).toBe('Held: email is paused');
    for (const words of Object.values(OUTBOX_STATUS_WORDS)) expect(words).toMatch(/^[A-Z]/);
  });

  it.each([
    ['window_opened', 'Update window open'],
    ['window_closing', 'Reminder before the window closes'],
    ['digest', 'Weekly digest'],
    ['a_new_kind', 'A new kind'],
  ])('names the kind %s as "%s"', (kind, words) => {
    expect(emailKindWords(kind)).toBe(words);
  });
});

describe('the outbox filtered by status', () => {
  it.each([
    [undefined, false, undefined],
    ['sent', true, 'sent'],
    ['failed', false, 'failed'],
    ['waiting', false, 'unsent'],
    ['waiting', true, 'none'],
    ['paused', true, 'unsent'],
    ['paused', false, 'none'],
  ] as const)('asks for %s messages (paused: %s) as the stored %s', (status, paused, state) => {
    expect(storedStateFor(status, paused)).toBe(state);
  });
});
