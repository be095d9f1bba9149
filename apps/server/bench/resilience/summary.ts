/** One line of the closing table: a check on one database, what it measured, and whether it held. */
export type CheckRow = { database: string; check: string; result: string; ok: boolean };

export function printSummary(rows: readonly CheckRow[]): void {
  const width = (pick: (r: CheckRow) => string, title: string) =>
    Math.max(title.length, ...rows.map((r) => pick(r).length));
  const db = width((r) => r.database, 'database');
  const check = width((r) => r.check, 'check');
  console.log('\nResilience check');
  console.log(`${'database'.padEnd(db)}  ${'check'.padEnd(check)}  held  result`);
  for (const r of rows) {
    console.log(
      `${r.database.padEnd(db)}  ${r.check.padEnd(check)}  ${(r.ok ? 'yes' : 'NO').padEnd(4)}  ${r.result}`,
    );
  }
}
