import { spc } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { describeRuleSet } from './rule-set-words.ts';

describe('describeRuleSet', () => {
  it('words every setting of the rule set the SPC calculation reports, keeping the numbers', () => {
    const { ruleSet } = spc([1, 2, 3], {
      shiftLength: 7,
      trendLength: 8,
      minimumPoints: 15,
      screenOutliers: true,
      conflict: 'concern',
    });
    expect(describeRuleSet(ruleSet)).toEqual([
      'Rules: NHS England Making Data Count, version 2.6.',
      'Limits: mean ± 2.66 × average moving range.',
      'A shift is 7 points in a row on one side of the mean.',
      'A trend is 8 points in a row all going up or all going down.',
      'Two of three points in a row beyond two sigma on the same side of the mean are also a signal.',
      'Process limits and icons need at least 15 points.',
      'Unusually large moving ranges (over 3.267 × their average) are left out before the limits are set.',
      'A point that breaks rules on both sides of the mean is shown as concern.',
    ]);
  });

  it('says the defaults: shift 6, no screening, improvement wins', () => {
    const words = describeRuleSet(spc([1, 2, 3]).ruleSet);
    expect(words).toContain('A shift is 6 points in a row on one side of the mean.');
    expect(words).toContain('Unusually large moving ranges are not left out of the limits.');
    expect(words).toContain(
      'A point that breaks rules on both sides of the mean is shown as improvement.',
    );
  });

  it('shows a rule set it cannot word as written, so no fact is lost', () => {
    expect(describeRuleSet('mdc-v3.0 limits=3sigma')).toEqual(['Rule set: mdc-v3.0 limits=3sigma']);
  });
});
