import { describe, expect, it } from 'vitest';
import { changedFields, changesInWords } from './changes.ts';
import { auditSearchTerm, auditSearchText, describeAuditEvent } from './describe.ts';
import { auditName, type TAuditName, type TAuditNamedRecord } from './names.ts';

const AMBITION = { number: 2, title: 'A representative workforce' };
const COMMITMENT = { code: '2.1', title: 'Fair recruitment' };
const ACTION = { code: '2.1.3', title: 'Diverse panels' };

describe('auditName', () => {
  it.each<[TAuditNamedRecord, TAuditName]>([
    [
      { kind: 'ambition', id: 'a', ...AMBITION },
      {
        label: 'Ambition 2: A representative workforce',
        subject: 'Ambition 2: A representative workforce',
      },
    ],
    [
      { kind: 'commitment', id: 'c', ...COMMITMENT, ambition: AMBITION },
      {
        label: '2.1 Fair recruitment',
        subject: 'Commitment 2.1 Fair recruitment (under ambition 2: A representative workforce)',
      },
    ],
    [
      { kind: 'action', id: 'x', ...ACTION, commitment: COMMITMENT },
      {
        label: '2.1.3 Diverse panels',
        subject: 'Action 2.1.3 Diverse panels (under commitment 2.1 Fair recruitment)',
      },
    ],
    [
      { kind: 'milestone', id: 'm', title: 'Panel pool trained', action: ACTION },
      {
        label: 'Panel pool trained',
        subject: 'Milestone Panel pool trained (under action 2.1.3 Diverse panels)',
      },
    ],
    [
      {
        kind: 'kpi',
        id: 'k',
        code: 'WRES-2',
        title: 'Shortlisting',
        ambition: AMBITION,
        commitment: COMMITMENT,
      },
      {
        label: 'WRES-2: Shortlisting',
        subject: 'KPI WRES-2: Shortlisting (under commitment 2.1 Fair recruitment)',
      },
    ],
    [
      {
        kind: 'kpi',
        id: 'k',
        code: 'WRES-1',
        title: 'Bands',
        ambition: AMBITION,
        commitment: null,
      },
      {
        label: 'WRES-1: Bands',
        subject: 'KPI WRES-1: Bands (under ambition 2: A representative workforce)',
      },
    ],
    [
      { kind: 'kpi', id: 'k', code: 'X-1', title: 'Loose', ambition: null, commitment: null },
      { label: 'X-1: Loose', subject: 'KPI X-1: Loose' },
    ],
    [
      { kind: 'period', id: 'p', label: '2026/27 Q2' },
      { label: '2026/27 Q2', subject: 'Period 2026/27 Q2' },
    ],
    [
      { kind: 'person', id: 'u', name: 'Amara Okafor' },
      { label: 'Amara Okafor', subject: 'Amara Okafor' },
    ],
    [
      { kind: 'sign_in', id: 's', name: 'Amara Okafor' },
      { label: 'Amara Okafor', subject: 'Amara Okafor' },
    ],
    [
      { kind: 'trust', id: 't', name: 'Demo Trust' },
      { label: 'Demo Trust', subject: 'Demo Trust' },
    ],
    [
      {
        kind: 'measurement',
        id: 'v',
        kpiCode: 'WRES-5',
        periodEnd: new Date('2026-03-31T00:00:00Z'),
        group: 'BME',
      },
      {
        label: 'WRES-5 value for the period ending 31 March 2026, BME',
        subject: 'KPI WRES-5 value for the period ending 31 March 2026, BME',
      },
    ],
    [
      {
        kind: 'measurement',
        id: 'v',
        kpiCode: 'WRES-2',
        periodEnd: new Date('2026-03-31T00:00:00Z'),
        group: '',
      },
      {
        label: 'WRES-2 value for the period ending 31 March 2026',
        subject: 'KPI WRES-2 value for the period ending 31 March 2026',
      },
    ],
    [
      { kind: 'comment', id: 'c', action: ACTION },
      {
        label: 'Comment on action 2.1.3 Diverse panels',
        subject: 'Comment on action 2.1.3 Diverse panels',
      },
    ],
    [
      { kind: 'strategy', id: 's', title: 'Belonging 2023–2028' },
      { label: 'Belonging 2023–2028', subject: 'Strategy Belonging 2023–2028' },
    ],
    [
      { kind: 'eds_assessment', id: 'e', year: '2025/26' },
      { label: '2025/26', subject: 'EDS 2022 assessment 2025/26' },
    ],
    [
      { kind: 'board_paper', id: 'b', periodLabel: '2026/27 Q2' },
      { label: 'Board paper for 2026/27 Q2', subject: 'Board paper for 2026/27 Q2' },
    ],
  ])('names a %o', (record, words) => {
    expect(auditName(record)).toEqual(words);
  });
});

describe('changedFields and changesInWords', () => {
  it('lists only the fields that changed, leaving out record-keeping ones', () => {
    const rows = changedFields(
      { title: 'Old', version: 1, dueDate: '2026-03-31' },
      { title: 'New', version: 2, dueDate: '2026-03-31' },
    );
    expect(rows.map((r) => r.field)).toEqual(['title']);
    expect(changesInWords(rows)).toBe('Title: Old → New');
  });

  it('keeps record-keeping fields when nothing else changed, so no event looks empty', () => {
    expect(changedFields({ version: 1 }, { version: 2 }).map((r) => r.field)).toEqual(['version']);
  });

  it('reads a reorder’s bare lists of ids as the order, by name', () => {
    const names = new Map([
      ['m1', 'First'],
      ['m2', 'Second'],
    ]);
    const rows = changedFields(['m1', 'm2'], ['m2', 'm1'], names);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.label).toBe('Order');
    expect(changesInWords(rows)).toBe('Order: First, Second → Second, First');
  });

  it('reads a lone value, a missing side as none, and nothing at all as no values', () => {
    expect(changesInWords(changedFields(null, 'x'))).toBe('Value: none → x');
    expect(changedFields(null, undefined)).toEqual([]);
    expect(changesInWords([])).toBe('No values recorded');
  });
});

describe('describeAuditEvent', () => {
  const found = new Map<string, TAuditName>([
    ['amb', auditName({ kind: 'ambition', id: 'amb', ...AMBITION })],
  ]);

  it('names the subject from the record when it is found, and ids among the values', () => {
    const words = describeAuditEvent(
      {
        entity: 'ambition',
        entityId: 'amb',
        operation: 'update',
        before: { title: 'A' },
        after: { title: 'B' },
      },
      found,
    );
    expect(words.what).toBe('Ambition updated');
    expect(words.subject).toBe('Ambition 2: A representative workforce');
    expect(words.names).toEqual({ amb: 'Ambition 2: A representative workforce' });
    expect(words.changesText).toBe('Title: A → B');
    expect(words.searchText).toBe(
      'ambition updated\nambition 2: a representative workforce\ntitle: a → b',
    );
  });

  it('falls back to the event’s own values for a subject when the record is gone', () => {
    const words = describeAuditEvent(
      {
        entity: 'commitment',
        entityId: 'gone',
        operation: 'create',
        before: null,
        after: { code: '2.9', title: 'Removed long ago', ambitionId: 'amb' },
      },
      found,
    );
    expect(words.subject).toBe('Commitment 2.9');
    expect(words.changesText).toContain('Ambition: none → Ambition 2: A representative workforce');
  });

  it('matches search terms case-blind', () => {
    expect(auditSearchTerm('  Zebra ')).toBe('zebra');
    expect(auditSearchText(['A', 'B'])).toBe('a\nb');
  });
});
