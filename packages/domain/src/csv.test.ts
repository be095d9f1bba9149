import { describe, expect, it } from 'vitest';
import { csvField, toCsvText } from './csv.ts';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
  });

  it('makes formula-like text inert and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+44 Chief Nurse')).toBe("'+44 Chief Nurse");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('-2 weeks')).toBe("'-2 weeks");
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csvField(-0.32)).toBe('-0.32');
  });

  it('writes nothing for a missing value', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('toCsvText', () => {
  it('starts with a BOM, ends each line with CRLF and makes every cell safe', () => {
    expect(toCsvText(['A', 'B'], [['=1+1', 2]])).toBe("\uFEFFA,B\r\n'=1+1,2\r\n");
  });
});
