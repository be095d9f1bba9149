import { ZCommentInput } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { schemaFieldErrors, summaryItems, toErrorItems } from './form-errors.ts';

describe('schemaFieldErrors', () => {
  it('keeps the first message per field of a shared input schema', () => {
    const parsed = ZCommentInput.safeParse({ actionId: 'act_1', body: '' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.keys(schemaFieldErrors(parsed.error))).toEqual(['body']);
  });

  it('names a nested field by its path, and a whole-form issue "form"', () => {
    const error = {
      issues: [
        { path: ['rules', 0, 'value'], message: 'Enter a number' },
        { path: ['rules', 0, 'value'], message: 'Second message' },
        { path: [], message: 'Choose a target or a band' },
      ],
    };
    expect(schemaFieldErrors(error)).toEqual({
      'rules.0.value': 'Enter a number',
      form: 'Choose a target or a band',
    });
  });
});

describe('summaryItems', () => {
  it('lists fields in form order, then any the form did not expect, linking to their ids', () => {
    const errors = { reason: 'Enter a reason', narrative: 'Enter the progress', other: 'Odd' };
    expect(summaryItems(errors, ['narrative', 'reason'], { reason: 'reason-text' })).toEqual([
      { fieldId: 'narrative', message: 'Enter the progress' },
      { fieldId: 'reason-text', message: 'Enter a reason' },
      { fieldId: 'other', message: 'Odd' },
    ]);
  });

  it('links the admin app’s fields by their field-<name> ids', () => {
    expect(toErrorItems({ title: 'Enter a title' })).toEqual([
      { fieldId: 'field-title', message: 'Enter a title' },
    ]);
  });
});
