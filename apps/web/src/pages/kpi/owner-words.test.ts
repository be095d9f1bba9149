import { describe, expect, it } from 'vitest';
import { whoAddsGroups, whoRecordsValues } from './owner-words.ts';

describe('who records a KPI, in words', () => {
  it('names the owner once', () => {
    expect(whoRecordsValues({ name: 'Priya Shah' })).toBe(
      'Only Priya Shah, who owns this KPI, can record its values.',
    );
    expect(whoAddsGroups({ name: 'Priya Shah' })).toBe(
      'Priya Shah, who owns this KPI, adds them by filling in the Group field when recording a value.',
    );
  });

  it('says plainly that a KPI without an owner has none, and what happens instead', () => {
    for (const words of [whoRecordsValues(null), whoAddsGroups(null)]) {
      expect(words).toMatch(/^This KPI has no owner yet/);
      expect(words).not.toMatch(/the KPI owner, the owner/i);
    }
  });
});
