// The PDF's standard fonts can draw only the WinAnsi characters (Latin-1 plus 27 typographic ones).
// Anything else would print as stray glyphs, so it becomes its nearest WinAnsi spelling or '?'.

const EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const NEAREST: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '−': '-',
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '✓': 'Yes',
};

function isWinAnsi(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    EXTRA.includes(char)
  );
}

/** Text the standard fonts can draw: 'Ŵyn Łódź 😀' → 'Wyn Lodz ?'. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (isWinAnsi(char)) out += char;
    else if (NEAREST[char]) out += NEAREST[char];
    else {
      // Letters with accents WinAnsi lacks (Welsh ŵ, ŷ; Polish ą, ś) keep their base letter.
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}

/** Every string in a JSON-safe value made drawable; numbers, booleans and nulls are untouched. */
export function withWinAnsiText<T>(value: T): T {
  return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return toWinAnsi(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, mapStrings(v)]));
  }
  return value;
}
