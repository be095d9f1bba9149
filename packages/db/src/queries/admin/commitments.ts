import type { DbClient } from '../../client.ts';
import { nextSortOrder } from './sort-order.ts';

// Writes of an ambition's commitments, each returning the commitment as the admin app shows it.

const commitmentSelect = {
  id: true,
  ambitionId: true,
  code: true,
  title: true,
  description: true,
  isInternal: true,
  sortOrder: true,
  archivedAt: true,
} as const;

type CommitmentFields = {
  ambitionId?: string;
  code?: string;
  title?: string;
  description?: string;
};

export function findCommitmentById(db: DbClient, id: string) {
  return db.commitment.findUniqueOrThrow({ where: { id }, select: commitmentSelect });
}

/** Adds a commitment after the ambition's last. */
export async function insertCommitment(
  db: DbClient,
  input: {
    organisationId: string;
    ambitionId: string;
    code: string;
    title: string;
    description?: string;
  },
) {
  return db.commitment.create({
    data: {
      organisationId: input.organisationId,
      ambitionId: input.ambitionId,
      code: input.code,
      title: input.title,
      description: input.description ?? '',
      sortOrder: await nextSortOrder(db, 'commitment', input.ambitionId),
    },
    select: commitmentSelect,
  });
}

/** Changes only the fields given. */
export function updateCommitmentFields(db: DbClient, id: string, fields: CommitmentFields) {
  return db.commitment.update({
    where: { id },
    data: {
      ambitionId: fields.ambitionId,
      code: fields.code,
      title: fields.title,
      description: fields.description,
    },
    select: commitmentSelect,
  });
}

/** The KPIs of a commitment follow it to its new ambition. */
export async function moveCommitmentKpis(
  db: DbClient,
  { commitmentId, ambitionId }: { commitmentId: string; ambitionId: string },
) {
  await db.kpi.updateMany({ where: { commitmentId }, data: { ambitionId } });
}

export function markCommitmentArchived(db: DbClient, id: string) {
  return db.commitment.update({
    where: { id },
    data: { archivedAt: new Date() },
    select: commitmentSelect,
  });
}
