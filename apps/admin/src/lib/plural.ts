/** "1 row", "3 rows", "1,204 measurements": a count in en-GB digits with the word that fits it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
