import { showNumber } from '@belonging/domain';

/** "1 row", "3 rows", "1,204 measurements": a count in en-GB digits with the word that fits it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${showNumber(count)} ${count === 1 ? one : many}`;
}
