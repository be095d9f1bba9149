import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditChanges, changedFields } from './audit-changes.tsx';

afterEach(cleanup);

describe('audit before and after values', () => {
  it('lists only the fields that changed, with both values', () => {
    expect(
      changedFields(
        { title: 'Old', dueDate: '2026-03-31', version: 1 },
        { title: 'New', dueDate: '2026-03-31', version: 2 },
      ),
    ).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });

  it('shows a created record’s fields with no earlier value, and says so for an empty event', () => {
    expect(changedFields(null, { roles: ['edi_admin'] })).toEqual([
      { field: 'roles', before: undefined, after: '["edi_admin"]' },
    ]);
    render(<AuditChanges before={null} after={null} />);
    expect(screen.getByText('No values recorded')).toBeTruthy();
  });

  it('labels before and after for screen readers, not by strike-through alone', () => {
    render(<AuditChanges before={{ status: 'not_started' }} after={{ status: 'complete' }} />);
    expect(screen.getByText('Before:')).toBeTruthy();
    expect(screen.getByText('After:')).toBeTruthy();
    expect(screen.getByText('complete').tagName).toBe('INS');
  });
});
