import { describe, expect, it } from 'vitest';
import { parseTagCodes, readTagFields, tagCodesText } from './tags.ts';

describe('typed framework codes', () => {
  it('reads EDI plan codes in any case and separator, once each', () => {
    expect(parseTagCodes('1A, 2c;2c 6f', 'edi_plan')).toEqual({
      tags: [
        { framework: 'edi_plan', code: '1a' },
        { framework: 'edi_plan', code: '2c' },
        { framework: 'edi_plan', code: '6f' },
      ],
      unknown: [],
    });
  });

  it('names codes outside the framework (EDI plan stops at 6f, EDS at 3C)', () => {
    expect(parseTagCodes('6g, 1a', 'edi_plan').unknown).toEqual(['6g']);
    expect(parseTagCodes('3c 3D', 'eds')).toEqual({
      tags: [{ framework: 'eds', code: '3C' }],
      unknown: ['3D'],
    });
  });

  it('reads both boxes of a form and names the unknown codes on the box that holds them', () => {
    expect(readTagFields({ ediPlanTags: '2a, 9z', edsTags: '1a' })).toEqual({
      tags: [
        { framework: 'edi_plan', code: '2a' },
        { framework: 'eds', code: '1A' },
      ],
      errors: { ediPlanTags: '9z: EDI plan codes run from 1a to 6f' },
    });
    expect(readTagFields({ ediPlanTags: '', edsTags: '4A' }).errors).toEqual({
      edsTags: '4A: EDS 2022 outcomes run from 1A to 3C',
    });
  });

  it('writes one framework’s codes back as the form shows them', () => {
    const tags = [
      { framework: 'edi_plan', code: '1a' },
      { framework: 'eds', code: '3A' },
      { framework: 'edi_plan', code: '2b' },
    ];
    expect(tagCodesText(tags, 'edi_plan')).toBe('1a, 2b');
  });
});
