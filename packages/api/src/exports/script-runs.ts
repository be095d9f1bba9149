/** The font families a board paper carries: Noto Sans (Latin, Greek, Cyrillic), Arabic, Chinese. */
export type TScript = 'latin' | 'arabic' | 'cjk';
export type TScriptRun = { script: TScript; text: string };

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;
// Spaces, digits, punctuation and combining marks belong to no one script: they stay in the run
// they sit in, so "Fatima Al-Zahrā فاطمة" is two runs, not five.
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(char: string): TScript | null {
  if (ARABIC.test(char)) return 'arabic';
  if (CJK.test(char)) return 'cjk';
  if (NEUTRAL.test(char)) return null;
  return 'latin';
}

/**
 * Splits text into runs that one font can draw, so each run is set in the font that has its
 * letters. Neutral characters join the run before them (or, at the start, the first run).
 */
export function splitByScript(text: string): TScriptRun[] {
  const runs: TScriptRun[] = [];
  let pending = '';
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (script === null) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.script === script) {
      last.text += char;
    } else {
      // Spaces after right-to-left text belong to what follows: kept in the Arabic run they
      // would be set at its left, gluing it to the next word.
      const trailing = last?.script === 'arabic' ? (/\s+$/u.exec(last.text)?.[0] ?? '') : '';
      if (last && trailing) last.text = last.text.slice(0, -trailing.length);
      runs.push({ script, text: pending + trailing + char });
      pending = '';
    }
  }
  if (pending) runs.push({ script: 'latin', text: pending });
  return runs;
}
