import { describe, expect, it } from 'vitest';
import { explainRagSpcDisagreement, type TRagSpcReading } from './rag-spc.ts';

const reading = (over: Partial<TRagSpcReading>): TRagSpcReading => ({
  rag: 'green',
  variation: 'common_cause',
  assurance: 'hit_or_miss',
  ...over,
});

describe('explainRagSpcDisagreement: one sentence when the colour and SPC disagree', () => {
  it.each([
    [
      'green on trajectory beside consistently failing (WRES-1)',
      { rag: 'green', assurance: 'fail' },
      /^Green because the latest value meets the trajectory expected by now, but SPC finds the target beyond the process limits/,
    ],
    [
      'blue at target beside consistently failing',
      { rag: 'blue', assurance: 'fail' },
      /^Blue because the latest value has reached the final target, but SPC finds the target beyond/,
    ],
    [
      'red beside consistently passing',
      { rag: 'red', assurance: 'pass' },
      /^Red because .* beyond tolerance, but SPC finds the target inside the process limits/,
    ],
    [
      'green beside a special cause of concern (low)',
      { rag: 'green', variation: 'concern_low' },
      /^Green because .*, but SPC flags the latest values as a special cause of concern/,
    ],
    [
      'amber beside significant improvement (high)',
      { rag: 'amber', variation: 'improvement_high' },
      /^Amber because .* within tolerance, but SPC shows significant improvement/,
    ],
  ] as const)('explains %s', (_name, over, sentence) => {
    const words = explainRagSpcDisagreement(reading(over));
    expect(words).toMatch(sentence);
    // One sentence: a single full stop, at the end.
    expect(words?.match(/\.(\s|$)/g)).toHaveLength(1);
  });

  it('puts the assurance first when both icons disagree with the colour', () => {
    expect(
      explainRagSpcDisagreement(reading({ assurance: 'fail', variation: 'concern_high' })),
    ).toMatch(/target beyond the process limits/);
  });

  it.each([
    ['green with common cause and hit or miss', {}],
    ['green beside consistently passing', { assurance: 'pass' }],
    ['red beside consistently failing', { rag: 'red', assurance: 'fail' }],
    ['red beside a special cause of concern', { rag: 'red', variation: 'concern_high' }],
    ['green beside improvement', { variation: 'improvement_high' }],
    ['a band KPI: neither, no assurance', { variation: 'neither_high', assurance: null }],
    ['too few points for SPC', { variation: null, assurance: null }],
    ['not rated', { rag: 'grey', assurance: 'fail' }],
  ] as const)('says nothing when they agree: %s', (_name, over) => {
    expect(explainRagSpcDisagreement(reading(over))).toBeNull();
  });
});
