import type { DbClient } from '../../../src/client.ts';
import type { Provider } from '../../../src/migrate/schema-source.ts';

export type TableRows = { name: string; rows: Record<string, unknown>[] };

/**
 * Every row of every table, as the driver returns it. The tables come from the database's own
 * catalogue, not a list of ours, so a privacy test also sees tables added after it was written.
 */
export async function readEveryTableRows(db: DbClient, provider: Provider): Promise<TableRows[]> {
  const tables =
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type = 'table'`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT table_name AS name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        );
  const everyTable: TableRows[] = [];
  for (const { name } of tables) {
    // Names from the catalogue, checked rather than escaped: ours are letters, digits and '_'.
    if (!/^\w+$/.test(name)) throw new Error(`Unexpected table name: ${name}`);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    everyTable.push({ name, rows });
  }
  return everyTable;
}
