import { describe, expect, it } from 'vitest';
import { ZEmailListInput, ZEmailPreferencesInput, ZEmailSettingsInput } from './email.ts';

const settings = { emailPaused: false, reminderDaysBeforeClose: 5, overdueRepeatDays: 3 };

function firstError(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const issue = result.error?.issues[0];
  return issue ? { field: issue.path.join('.'), message: issue.message } : null;
}

describe('the email settings', () => {
  it.each([
    [1, true],
    [14, true],
    [0, false],
    [15, false],
    [2.5, false],
  ])('takes a reminder %s days before the close: %s', (days, ok) => {
    expect(
      ZEmailSettingsInput.safeParse({ ...settings, reminderDaysBeforeClose: days }).success,
    ).toBe(ok);
  });

  it('names the field and the range when a repeat is out of it', () => {
    expect(
      firstError(ZEmailSettingsInput.safeParse({ ...settings, overdueRepeatDays: 30 })),
    ).toEqual({
      field: 'overdueRepeatDays',
      message: 'The repeat reminder must be between 1 and 14 days',
    });
  });

  it('refuses text where a number of days belongs, naming the field', () => {
    expect(
      firstError(ZEmailSettingsInput.safeParse({ ...settings, reminderDaysBeforeClose: 'five' })),
    ).toEqual({
      field: 'reminderDaysBeforeClose',
      message: 'The reminder before the window closes must be a number of days',
    });
  });
});

describe('the outbox filter and a person’s preferences', () => {
  it('takes each status and refuses another, naming the field', () => {
    for (const status of ['waiting', 'sent', 'failed', 'paused'])
      expect(ZEmailListInput.safeParse({ status }).success).toBe(true);
    expect(firstError(ZEmailListInput.safeParse({ status: 'bounced' }))?.field).toBe('status');
  });

  it('leaves the digest out for people who are not offered it', () => {
    expect(ZEmailPreferencesInput.parse({ emailReminders: false })).toEqual({
      emailReminders: false,
    });
    expect(firstError(ZEmailPreferencesInput.safeParse({ emailReminders: 'yes' }))?.field).toBe(
      'emailReminders',
    );
  });
});
