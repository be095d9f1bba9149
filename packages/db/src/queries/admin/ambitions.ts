import type { DbClient } from '../../client.ts';
import { nextSortOrder } from './sort-order.ts';

// Writes of a strategy's ambitions, each returning the ambition as the admin app shows it.

const ambitionSelect = {
  id: true,
  number: true,
  title: true,
  description: true,
  sortOrder: true,
  archivedAt: true,
} as const;

type AmbitionFields = { number?: number; title?: string; description?: string };

export function findAmbitionById(db: DbClient, id: string) {
  return db.ambition.findUniqueOrThrow({ where: { id }, select: ambitionSelect });
}

/** Adds an ambition after the strategy's last. */
export async function insertAmbition(
  db: DbClient,
  input: {
    organisationId: string;
    strategyId: string;
    number: number;
    title: string;
    description?: string;
  },
) {
  return db.ambition.create({
    data: {
      organisationId: input.organisationId,
      strategyId: input.strategyId,
      number: input.number,
      title: input.title,
      description: input.description ?? '',
      sortOrder: await nextSortOrder(db, 'ambition', input.strategyId),
    },
    select: ambitionSelect,
  });
}

/** Changes only the fields given. */
export function updateAmbitionFields(db: DbClient, id: string, fields: AmbitionFields) {
  return db.ambition.update({
    where: { id },
    data: { number: fields.number, title: fields.title, description: fields.description },
    select: ambitionSelect,
  });
}

export function markAmbitionArchived(db: DbClient, id: string) {
  return db.ambition.update({
    where: { id },
    data: { archivedAt: new Date() },
    select: ambitionSelect,
  });
}
