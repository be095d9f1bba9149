import { describe, expect, it } from 'vitest';
import { EDS_OUTCOMES } from '../../equality.ts';
import { ZAdminEdsGetInput, ZAdminEdsSaveInput } from './eds.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const everyOutcome = EDS_OUTCOMES.map((outcome) => ({ outcome, score: 2 }));
const assessment = { year: '2025/26', assessedOn: '2026-02-01', scores: everyOutcome };

describe('ZEdsYear', () => {
  it.each([
    ['2025/26', '2025/26'],
    [' 2025/26 ', '2025/26'],
    ['2099/00', '2099/00'],
  ])('accepts %j as the financial year %s', (year, expected) => {
    expect(accepted(ZAdminEdsGetInput, { year })).toEqual({ year: expected });
  });

  it.each([
    ['2025/27', 'The year must be two consecutive years, like 2025/26'],
    ['2025/25', 'The year must be two consecutive years, like 2025/26'],
    ['2025-26', 'The year must be a financial year like 2025/26'],
    ['2025/2026', 'The year must be a financial year like 2025/26'],
    [2025, 'The year must be a financial year like 2025/26'],
  ])('refuses %j', (year, message) => {
    // A malformed year may also fail the consecutive-years check; the format comes first.
    expect(issuesOf(ZAdminEdsGetInput, { year })[0]).toEqual({ path: 'year', message });
  });
});

describe('ZAdminEdsSaveInput', () => {
  it('accepts each of the eleven outcomes once, scores 0 to 3, dropping empty evidence', () => {
    const scores = EDS_OUTCOMES.map((outcome, i) => ({
      outcome,
      score: i % 4,
      evidence: i ? '' : 'Audit',
    }));
    const parsed = accepted(ZAdminEdsSaveInput, { ...assessment, scores });
    expect(parsed.scores.map((s) => s.score)).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2]);
    expect(parsed.scores.filter((s) => s.evidence !== undefined)).toEqual([
      { outcome: '1A', score: 0, evidence: 'Audit' },
    ]);
    expect(parsed.assessedOn).toEqual(new Date('2026-02-01T00:00:00Z'));
  });

  it('accepts evidence of exactly 10,000 characters', () => {
    const scores = [{ ...everyOutcome[0], evidence: chars(10_000) }, ...everyOutcome.slice(1)];
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, scores })).toEqual([]);
  });

  it.each([
    ['a score of 4', { score: 4 }, 'scores.0.score', 'The score must be 0, 1, 2 or 3'],
    ['a score of -1', { score: -1 }, 'scores.0.score', 'The score must be 0, 1, 2 or 3'],
    ['a score of 1.5', { score: 1.5 }, 'scores.0.score', 'The score must be 0, 1, 2 or 3'],
    [
      'evidence of 10,001 characters',
      { evidence: chars(10_001) },
      'scores.0.evidence',
      'The evidence must be 10000 characters or fewer',
    ],
  ])('refuses %s for the first outcome', (_name, change, path, message) => {
    const scores = [{ ...everyOutcome[0], ...change }, ...everyOutcome.slice(1)];
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, scores })).toEqual([{ path, message }]);
  });

  it('refuses an outcome EDS 2022 does not have', () => {
    const scores = [...everyOutcome.slice(0, 10), { outcome: '3D', score: 2 }];
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, scores })).toContainEqual({
      path: 'scores.10.outcome',
      message: 'The outcome must be one of 1A to 1D, 2A to 2D or 3A to 3C',
    });
  });

  it.each([
    ['two outcomes left out', everyOutcome.slice(0, 9), 'Score every outcome: 3B, 3C missing'],
    ['a twelfth score', [...everyOutcome, everyOutcome[0]], 'Score each outcome once'],
    ['an object, not a list', {}, 'Scores must be a list'],
  ])('refuses %s', (_name, scores, message) => {
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, scores })).toEqual([
      { path: 'scores', message },
    ]);
  });

  it('refuses one outcome scored twice and another left out, naming both problems', () => {
    const scores = [...everyOutcome.slice(0, 10), everyOutcome[0]];
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, scores })).toEqual([
      { path: 'scores', message: 'Score each outcome once' },
      { path: 'scores', message: 'Score every outcome: 3C missing' },
    ]);
  });

  it('refuses an assessment date not on the calendar', () => {
    expect(issuesOf(ZAdminEdsSaveInput, { ...assessment, assessedOn: '2026-02-29' })).toEqual([
      { path: 'assessedOn', message: 'The assessment date must be a real date' },
    ]);
  });
});
