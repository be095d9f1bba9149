import { describe, expect, it } from 'vitest';
import { splitByScript, type TScriptRun } from './script-runs.ts';

const cases: [string, string, TScriptRun[]][] = [
  ['an empty string is no runs', '', []],
  ['plain English is one Latin run', 'Chief Nurse', [{ script: 'latin', text: 'Chief Nurse' }]],
  [
    'Polish, Greek and Cyrillic share the Latin font',
    'Zażółć Gęślą Αθηνά Ольга',
    [{ script: 'latin', text: 'Zażółć Gęślą Αθηνά Ольга' }],
  ],
  [
    'a space between Latin and Arabic stays with the Latin run',
    'Fatima Al-Zahrā فاطمة',
    [
      { script: 'latin', text: 'Fatima Al-Zahrā ' },
      { script: 'arabic', text: 'فاطمة' },
    ],
  ],
  [
    'a space after Arabic moves to the next run, so it is set between the words',
    'Al-Zahrā فاطمة leads',
    [
      { script: 'latin', text: 'Al-Zahrā ' },
      { script: 'arabic', text: 'فاطمة' },
      { script: 'latin', text: ' leads' },
    ],
  ],
  ['Chinese alone is one run', '王小明', [{ script: 'cjk', text: '王小明' }]],
  [
    'Chinese then Latin then Chinese is three runs',
    '王小明 (Wang) 李',
    [
      { script: 'cjk', text: '王小明 (' },
      { script: 'latin', text: 'Wang) ' },
      { script: 'cjk', text: '李' },
    ],
  ],
  [
    'leading digits and punctuation join the first lettered run',
    '12. فاطمة',
    [{ script: 'arabic', text: '12. فاطمة' }],
  ],
  ['text of only digits is one Latin run', '1.62', [{ script: 'latin', text: '1.62' }]],
  ['CJK punctuation stays with Chinese', '你好，世界', [{ script: 'cjk', text: '你好，世界' }]],
  [
    'combining marks stay on their letter',
    'Zaz\u0307o\u0301ł',
    [{ script: 'latin', text: 'Zaz\u0307o\u0301ł' }],
  ],
];

describe('splitByScript', () => {
  it.each(cases)('%s', (_name, text, runs) => {
    expect(splitByScript(text)).toEqual(runs);
  });

  it('loses no character', () => {
    for (const [, text] of cases)
      expect(
        splitByScript(text)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
  });
});
