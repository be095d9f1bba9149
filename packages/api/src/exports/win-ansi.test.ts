import { describe, expect, it } from 'vitest';
import { toWinAnsi, withWinAnsiText } from './win-ansi.ts';

describe('toWinAnsi', () => {
  it.each([
    [
      'keeps Latin-1 and the WinAnsi typographic characters',
      'Zoë’s “plan” – 2023…£5',
      'Zoë’s “plan” – 2023…£5',
    ],
    [
      'keeps the base letter of accents WinAnsi lacks (Welsh, Polish)',
      'Ŵyn Dafydd, Ślązak',
      'Wyn Dafydd, Slazak',
    ],
    ['spells a few symbols the nearest way', 'Ł → ≥ 1 − 2', 'L -> >= 1 - 2'],
    ['replaces what has no spelling (emoji, CJK) with ?', 'ok 😀 中', 'ok ? ?'],
    ['keeps line breaks as single newlines', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
  ])('%s', (_name, input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });

  it('maps every string inside a value and leaves numbers, booleans and nulls alone', () => {
    expect(withWinAnsiText({ a: ['Ł', 1], b: { c: null, d: true, e: '😀' } })).toEqual({
      a: ['L', 1],
      b: { c: null, d: true, e: '?' },
    });
  });
});
