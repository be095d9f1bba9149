import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFields } from '@belonging/domain';
import { AuditChanges } from './audit-changes.tsx';

afterEach(cleanup);

// An action as the admin service records it on `action: update` (dates travel as ISO text).
const actionBefore = {
  id: 'cm-action-1',
  commitmentId: 'cm-commitment-1',
  code: '1.3.2',
  title: 'Reverse mentoring for the board',
  description: null,
  ownerId: 'cm-owner-1',
  deliveryLead: 'Head of OD',
  startDate: '2026-04-01T00:00:00.000Z',
  dueDate: '2027-03-31T00:00:00.000Z',
  originalDueDate: '2027-03-31T00:00:00.000Z',
  status: 'in_progress',
  completedAt: null,
  bafRiskRef: null,
  version: 3,
  sortOrder: 2,
  archivedAt: null,
  tags: [{ framework: 'wres', code: '9' }],
  kpiIds: [],
};

describe('audit before and after values', () => {
  it('lists only the fields that changed, in words, leaving out the version', () => {
    const after = {
      ...actionBefore,
      dueDate: '2027-06-30T00:00:00.000Z',
      ownerId: 'cm-owner-2',
      tags: [
        { framework: 'eds', code: '2B' },
        { framework: 'wres', code: '9' },
      ],
      version: 4,
    };
    const names = new Map([
      ['cm-owner-1', 'Dr Priya Shah'],
      ['cm-owner-2', 'Ama Owusu'],
    ]);
    expect(changedFields(actionBefore, after, names)).toEqual([
      { field: 'ownerId', label: 'Owner', before: 'Dr Priya Shah', after: 'Ama Owusu' },
      { field: 'dueDate', label: 'Due date', before: '31 March 2027', after: '30 June 2027' },
      { field: 'tags', label: 'Framework tags', before: 'WRES 9', after: 'EDS 2022 2B, WRES 9' },
    ]);
  });

  it('shows a progress update as progress and RAG words, hiding the version and update id', () => {
    expect(
      changedFields(
        { status: 'in_progress', progressPercent: 40, ownerRag: 'amber', version: 3 },
        {
          status: 'in_progress',
          progressPercent: 60,
          ownerRag: 'green',
          version: 4,
          updateId: 'cm-update-9',
        },
      ),
    ).toEqual([
      { field: 'progressPercent', label: 'Progress', before: '40%', after: '60%' },
      { field: 'ownerRag', label: "Owner's RAG view", before: 'Amber', after: 'Green' },
    ]);
  });

  it('shows record-keeping fields when they are all that changed, so no event looks empty', () => {
    expect(changedFields({ version: 1, sortOrder: 2 }, { version: 2, sortOrder: 2 })).toEqual([
      { field: 'version', label: 'Version', before: '1', after: '2' },
    ]);
  });

  it('shows a created record’s fields with no earlier value, and says so for an empty event', () => {
    expect(changedFields(null, { roles: ['edi_admin'] })).toEqual([
      { field: 'roles', label: 'Roles', before: undefined, after: 'EDI team' },
    ]);
    render(<AuditChanges before={null} after={null} />);
    expect(screen.getByText('No values recorded')).toBeTruthy();
  });

  it('shows a period lock as the time it was locked, without the snapshot id', () => {
    expect(
      changedFields(
        { lockedAt: null },
        { lockedAt: '2027-04-20T09:15:00.000Z', snapshotId: 'cm-snapshot-1' },
      ),
    ).toEqual([
      { field: 'lockedAt', label: 'Locked on', before: 'empty', after: '20 Apr 2027, 10:15' },
    ]);
  });

  it('shows a reorder’s lists of ids as the old and new order', () => {
    expect(changedFields(['cm-a', 'cm-b'], ['cm-b', 'cm-a'])).toEqual([
      { field: 'order', label: 'Order', before: 'cm-a, cm-b', after: 'cm-b, cm-a' },
    ]);
  });

  it('labels before and after for screen readers, not by strike-through alone', () => {
    render(<AuditChanges before={{ status: 'not_started' }} after={{ status: 'complete' }} />);
    expect(screen.getByText('Status')).toBeTruthy();
    expect(screen.getByText('Before:')).toBeTruthy();
    expect(screen.getByText('After:')).toBeTruthy();
    expect(screen.getByText('Not started').tagName).toBe('DEL');
    expect(screen.getByText('Complete').tagName).toBe('INS');
  });

  it('shows an import as counts and a list per KPI, with no JSON and no import id', () => {
    const { container } = render(
      <AuditChanges
        before={{
          replaced: [
            {
              kpiCode: 'WRES-1',
              periodEnd: '2026-03-31',
              group: '',
              value: 12.5,
              numerator: 5,
              denominator: 40,
              note: null,
            },
          ],
        }}
        after={{
          importId: 'd880908c-5b1e-4c6e-9a51-2f0b7d8f1e22',
          rowCount: 2,
          newCount: 1,
          replaceCount: 1,
          byKpi: { 'WRES-1': 1, 'WDES-3': 1 },
        }}
      />,
    );
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/[{}[\]"]/);
    expect(text).not.toContain('d880908c');
    expect(screen.getByText('WRES-1, period ending 31 March 2026: 12.5 (5 of 40)').tagName).toBe(
      'DEL',
    );
    expect(screen.getByText('Rows imported')).toBeTruthy();
    const perKpi = screen.getByText('Values by KPI').closest('div');
    if (!perKpi) throw new Error('The values by KPI are missing');
    const items = within(perKpi).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['WRES-1: 1 value', 'WDES-3: 1 value']);
    expect(items[0]?.closest('ins')).not.toBeNull();
  });

  it('shows a new EDS assessment with its year, date and every score’s evidence in full', () => {
    const evidence = 'Staff survey harassment rates fell for the second year.';
    render(
      <AuditChanges
        before={null}
        after={{
          year: '2026/27',
          assessedOn: '2027-02-25T00:00:00.000Z',
          scores: [
            { outcome: '1A', score: 2, evidence: '' },
            { outcome: '2B', score: 2, evidence },
          ],
          total: 23,
          rating: 'Achieving',
        }}
      />,
    );
    expect(screen.getByText('2026/27').tagName).toBe('INS');
    expect(screen.getByText('25 February 2027')).toBeTruthy();
    expect(screen.getByText(`2B: 2 Achieving. Evidence: ${evidence}`)).toBeTruthy();
    expect(screen.getByText('Assessed on')).toBeTruthy();
  });
});
