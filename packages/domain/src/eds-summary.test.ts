import { describe, expect, it } from 'vitest';
import { summariseEdsScores } from './eds-summary.ts';
import { EDS_OUTCOMES } from './equality.ts';

const all = (score: number): { outcome: string; score: number }[] =>
  EDS_OUTCOMES.map((outcome) => ({ outcome, score }));

describe('summariseEdsScores', () => {
  it.each([
    {
      name: 'all eleven at 0 total 0, undeveloped',
      scores: all(0),
      total: 0,
      rating: 'undeveloped',
    },
    { name: 'all eleven at 2 total 22, achieving', scores: all(2), total: 22, rating: 'achieving' },
    { name: 'all eleven at 3 total 33, excelling', scores: all(3), total: 33, rating: 'excelling' },
    {
      name: 'ten of eleven scored have no total yet',
      scores: all(3).slice(1),
      total: null,
      rating: null,
    },
    { name: 'no scores have no total', scores: [], total: null, rating: null },
  ])('$name', ({ scores, total, rating }) => {
    const summary = summariseEdsScores(scores);
    expect(summary.total).toBe(total);
    expect(summary.rating).toBe(rating);
  });

  it('puts the scores in the framework order and leaves out outcomes it does not know', () => {
    const shuffled = [...all(1)].reverse().concat({ outcome: '9Z', score: 3 });
    const summary = summariseEdsScores(shuffled);
    expect(summary.scores.map((s) => s.outcome)).toEqual([...EDS_OUTCOMES]);
    expect(summary.total).toBe(11);
  });

  it('keeps each score row whole, evidence included', () => {
    const rows = all(2).map((s) => ({ ...s, evidence: `Evidence for ${s.outcome}` }));
    expect(summariseEdsScores(rows).scores[0]).toEqual({
      outcome: '1A',
      score: 2,
      evidence: 'Evidence for 1A',
    });
  });
});
