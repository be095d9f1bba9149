import { describe, expect, it } from 'vitest';
import { eventSubject, fieldLabel, operationLabel } from './labels.ts';

describe('audit operations in words', () => {
  it.each([
    ['action', 'update', 'Action updated'],
    ['action', 'submit_update', 'Progress update submitted'],
    ['measurement', 'create', 'Measurement recorded'],
    ['measurement', 'replace', 'Measurement replaced'],
    ['period', 'lock', 'Period locked'],
    ['import', 'import_measurements', 'Measurements imported'],
    ['strategy', 'reorder_ambitions', 'Ambitions reordered'],
    ['eds_assessment', 'create', 'EDS 2022 assessment recorded'],
    ['user', 'set_roles', 'Roles changed'],
    ['workforce_upload', 'upload', 'Workforce figures uploaded'],
    ['workforce_upload', 'save_to_kpis', 'Workforce figures saved to the KPIs'],
    ['ambition', 'restore', 'Ambition restored'],
    ['commitment', 'restore', 'Commitment restored'],
    ['action', 'restore', 'Action restored'],
    ['milestone', 'restore', 'Milestone restored'],
    ['kpi', 'restore', 'KPI restored'],
    ['user', 'reactivate', 'Person reactivated'],
    ['user', 'reset_password', 'Password reset (temporary password given)'],
    ['period', 'start_year', 'Next financial year started'],
    ['period', 'open_window', 'Update window opened'],
    ['period', 'close_window', 'Update window closed'],
    ['email_settings', 'update', 'Email settings changed'],
    ['email_preferences', 'update', 'Email preferences changed'],
  ])('names a listed event %s: %s as "%s"', (entity, operation, label) => {
    expect(operationLabel(entity, operation)).toBe(label);
  });

  it.each([
    ['kpi', 'archive', 'KPI archived'],
    ['kpi', 'update', 'KPI updated'],
    ['commitment', 'archive', 'Commitment archived'],
    ['milestone', 'reopen', 'Milestone reopened'],
    ['period', 'create', 'Period added'],
    ['framework_tag', 'create', 'Framework tag added'],
    ['kpi', 'set_target', 'KPI: set target'],
  ])('falls back to the record and a past tense for an unlisted %s: %s', (e, op, label) => {
    expect(operationLabel(e, op)).toBe(label);
  });
});

describe('audit field names in words', () => {
  it.each([
    ['dueDate', 'Due date'],
    ['progressPercent', 'Progress'],
    ['ownerRag', "Owner's RAG view"],
    ['ownerRagReason', "Reason for the owner's RAG view"],
    ['kpiIds', 'Linked KPIs'],
    ['asOf', 'Snapshot date'],
    ['sha256', 'SHA-256 fingerprint'],
    ['suppressed', 'Hidden (small numbers)'],
    ['lockedPeriods', 'Locked quarters changed'],
    ['kpiValue', 'EDS-TOTAL KPI value'],
  ])('uses the listed words for %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it.each([
    ['reportingLagDays', 'Reporting lag days'],
    ['baselineValue', 'Baseline value'],
    ['spcMinimumPoints', 'SPC minimum points'],
    ['title', 'Title'],
  ])('splits an unlisted camelCase key %s into words', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});

describe('the record an audit event is about', () => {
  it('names it by its code, year or label when the event holds one, else by its kind alone', () => {
    expect(eventSubject('eds_assessment', undefined, { year: '2026/27', total: 23 })).toBe(
      'EDS 2022 assessment 2026/27',
    );
    expect(eventSubject('action', { code: '1.3.2' }, { code: '1.3.3' })).toBe('Action 1.3.3');
    expect(eventSubject('period', { lockedAt: null }, { label: 'Q4 2026/27' })).toBe(
      'Period Q4 2026/27',
    );
    expect(eventSubject('strategy', ['a', 'b'], ['b', 'a'])).toBe('Strategy');
    expect(eventSubject('workforce_upload', undefined, { asOf: '2026-03-31' })).toBe(
      'Workforce upload',
    );
  });
});
