import { describe, expect, it } from 'vitest';
import { formatAuditValue } from './values.ts';

describe('audit values in words', () => {
  it.each([
    ['dueDate', '2027-03-31T00:00:00.000Z', '31 March 2027'],
    ['periodEnd', '2026-03-31', '31 March 2026'],
    ['lockedAt', '2027-04-20T09:15:00.000Z', '20 Apr 2027, 10:15'],
    ['archivedAt', '2027-01-10T00:00:00.000Z', '10 Jan 2027, 00:00'],
    ['atRisk', true, 'Yes'],
    ['isActive', false, 'No'],
    ['bafRiskRef', null, 'empty'],
    ['group', '', 'empty'],
    ['progressPercent', 60, '60%'],
    ['total', 23, '23'],
    ['status', 'in_progress', 'In progress'],
    ['ownerRag', 'amber', 'Amber'],
    ['roles', ['executive_owner', 'board_member'], 'Executive owner, Board member'],
    ['actions', ['1.3.2', '2.1.1'], '1.3.2, 2.1.1'],
    ['kpiIds', [], 'none'],
    ['unit', 'percent', 'Percentage'],
    ['direction', 'decrease', 'Lower is better'],
    ['frequency', 'annual', 'Yearly'],
    ['toleranceKind', 'relative', 'Relative (per cent)'],
    ['ownerId', 'cmiq3k2xw0000abcd1234efgh', 'a record no longer held'],
    ['importId', '154fb835-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'a record no longer held'],
  ])('shows %s %j as "%s"', (field, value, shown) => {
    expect(formatAuditValue(field, value)).toBe(shown);
  });

  it('keeps long text whole', () => {
    const reason = 'Recruitment to the reverse mentoring scheme stalled '.repeat(8).trim();
    expect(formatAuditValue('ownerRagReason', reason)).toBe(reason);
  });

  it('names people by their id when the page knows them', () => {
    const names = new Map([['cm-owner-2', 'Ama Owusu']]);
    expect(formatAuditValue('ownerId', 'cm-owner-2', names)).toBe('Ama Owusu');
    expect(formatAuditValue('ownerId', 'cm-unknown', names)).toBe('cm-unknown');
  });

  it('reads an import’s counts per KPI as "WRES-1: 1 value", not JSON', () => {
    expect(formatAuditValue('byKpi', { 'WRES-1': 1, 'WDES-3': 12 })).toEqual([
      'WRES-1: 1 value',
      'WDES-3: 12 values',
    ]);
  });

  it('reads the values an import replaced one per line, with its period, group and parts', () => {
    expect(
      formatAuditValue('replaced', [
        {
          kpiCode: 'WRES-1',
          periodEnd: '2026-03-31',
          group: '',
          value: 12.5,
          numerator: 5,
          denominator: 40,
          note: null,
        },
        {
          kpiCode: 'WDES-3',
          periodEnd: '2026-03-31',
          group: 'Disabled staff',
          value: 7,
          numerator: null,
          denominator: null,
          note: 'Late return from one site',
        },
      ]),
    ).toEqual([
      'WRES-1, period ending 31 March 2026: 12.5 (5 of 40)',
      'WDES-3, period ending 31 March 2026, Disabled staff: 7. Note: Late return from one site',
    ]);
  });

  it('joins framework tags on one line by their framework names', () => {
    expect(
      formatAuditValue('tags', [
        { framework: 'eds', code: '2B' },
        { framework: 'wres', code: '1' },
      ]),
    ).toBe('EDS 2022 2B, WRES 1');
  });

  it('reads EDS scores with their words and evidence, and a trajectory by date', () => {
    expect(
      formatAuditValue('scores', [
        { outcome: '1A', score: 2, evidence: '' },
        { outcome: '2B', score: 3, evidence: 'Staff survey harassment rates fell.' },
      ]),
    ).toEqual([
      '1A: 2 Achieving',
      '2B: 3 Excelling. Evidence: Staff survey harassment rates fell.',
    ]);
    expect(
      formatAuditValue('trajectory', [
        { date: '2026-03-31T00:00:00.000Z', value: 10 },
        { date: '2027-03-31T00:00:00.000Z', value: 12 },
      ]),
    ).toEqual(['31 March 2026: 10', '31 March 2027: 12']);
  });

  it('reads an object of an unknown shape as labelled pairs, never JSON', () => {
    expect(
      formatAuditValue('admin', {
        id: 'cm-1',
        name: 'Sam Lee',
        roles: ['edi_admin'],
        mustChangePassword: true,
      }),
    ).toBe('Name: Sam Lee; Roles: EDI team; Must change password at next sign-in: Yes');
  });
});
