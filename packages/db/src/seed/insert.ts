import { randomUUID } from 'node:crypto';

/**
 * Inserts rows with `createMany` a chunk at a time: one statement per chunk keeps seeding fast
 * while staying under SQLite's and PostgreSQL's limits on bound parameters.
 */
export async function insertInChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Seeded rows get their ids up front so children can point at parents without a read-back. */
export function newId(): string {
  return randomUUID();
}
