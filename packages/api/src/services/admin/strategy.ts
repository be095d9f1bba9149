import {
  findAmbitionById,
  findCommitmentById,
  findLiveAmbitionByNumber,
  insertAmbition,
  insertCommitment,
  markAmbitionArchived,
  markCommitmentArchived,
  moveCommitmentKpis,
  updateAmbitionFields,
  updateCommitmentFields,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import type {
  TAdminAmbitionCreateInput,
  TAdminAmbitionReorderInput,
  TAdminAmbitionUpdateInput,
  TAdminCommitmentCreateInput,
  TAdminCommitmentReorderInput,
  TAdminCommitmentUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { currentStrategy, liveAmbition, liveCommitment } from './lookups.ts';
import { saveOrder } from './reorder.ts';
import { requireFreeCommitmentCode } from './sibling-codes.ts';

async function requireFreeAmbitionNumber(
  db: Db,
  strategyId: string,
  number: number,
  exceptId?: string,
) {
  const clash = await findLiveAmbitionByNumber(db, { strategyId, number, exceptId });
  if (clash) {
    throw new ApiError('BAD_REQUEST', `Ambition ${number} already exists.`, {
      number: [`Ambition ${number} already exists: choose another number`],
    });
  }
}

export async function createAmbition(db: Db, actor: Actor, input: TAdminAmbitionCreateInput) {
  const strategy = await currentStrategy(db, actor.organisationId);
  await requireFreeAmbitionNumber(db, strategy.id, input.number);
  return writeWithAudit(db, actor, async (tx) => {
    const ambition = await insertAmbition(tx, {
      organisationId: actor.organisationId,
      strategyId: strategy.id,
      number: input.number,
      title: input.title,
      description: input.description,
    });
    return {
      result: ambition,
      audit: { entity: 'ambition', entityId: ambition.id, operation: 'create', after: ambition },
    };
  });
}

export async function updateAmbition(db: Db, actor: Actor, input: TAdminAmbitionUpdateInput) {
  const found = await liveAmbition(db, actor, input.id);
  if (input.number !== undefined)
    await requireFreeAmbitionNumber(db, found.strategyId, input.number, input.id);
  return writeWithAudit(db, actor, async (tx) => {
    const before = await findAmbitionById(tx, input.id);
    const after = await updateAmbitionFields(tx, input.id, input);
    return {
      result: after,
      audit: { entity: 'ambition', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveAmbition(db: Db, actor: Actor, id: string) {
  await liveAmbition(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await markAmbitionArchived(tx, id);
    return {
      result: after,
      audit: {
        entity: 'ambition',
        entityId: id,
        operation: 'archive',
        before: { archivedAt: null },
        after,
      },
    };
  });
}

export async function reorderAmbitions(db: Db, actor: Actor, input: TAdminAmbitionReorderInput) {
  const strategy = await currentStrategy(db, actor.organisationId);
  return writeWithAudit(db, actor, (tx) =>
    saveOrder(tx, {
      entity: 'ambition',
      organisationId: actor.organisationId,
      ids: input.ids,
      parent: { entity: 'strategy', entityId: strategy.id, operation: 'reorder_ambitions' },
    }),
  );
}

export async function createCommitment(db: Db, actor: Actor, input: TAdminCommitmentCreateInput) {
  await liveAmbition(db, actor, input.ambitionId);
  await requireFreeCommitmentCode(db, actor, input);
  return writeWithAudit(db, actor, async (tx) => {
    const commitment = await insertCommitment(tx, {
      organisationId: actor.organisationId,
      ambitionId: input.ambitionId,
      code: input.code,
      title: input.title,
      description: input.description,
    });
    return {
      result: commitment,
      audit: {
        entity: 'commitment',
        entityId: commitment.id,
        operation: 'create',
        after: commitment,
      },
    };
  });
}

/** The commitment as its edit page reads it, with whether it is kept off the public page. */
export async function getCommitmentForEdit(db: Db, actor: Actor, id: string) {
  await liveCommitment(db, actor, id);
  return findCommitmentById(db, id);
}

export async function updateCommitment(db: Db, actor: Actor, input: TAdminCommitmentUpdateInput) {
  const current = await liveCommitment(db, actor, input.id);
  if (input.ambitionId) await liveAmbition(db, actor, input.ambitionId);
  const ambitionId = input.ambitionId ?? current.ambitionId;
  const code = input.code ?? current.code;
  // Checked only when the code or its ambition changes, so an old clash never blocks other edits.
  if (ambitionId !== current.ambitionId || code !== current.code)
    await requireFreeCommitmentCode(db, actor, { ambitionId, code, exceptId: current.id });
  return writeWithAudit(db, actor, async (tx) => {
    const before = await findCommitmentById(tx, input.id);
    const after = await updateCommitmentFields(tx, input.id, input);
    if (after.ambitionId !== before.ambitionId)
      await moveCommitmentKpis(tx, { commitmentId: after.id, ambitionId: after.ambitionId });
    return {
      result: after,
      audit: { entity: 'commitment', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveCommitment(db: Db, actor: Actor, id: string) {
  await liveCommitment(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await markCommitmentArchived(tx, id);
    return {
      result: after,
      audit: {
        entity: 'commitment',
        entityId: id,
        operation: 'archive',
        before: { archivedAt: null },
        after,
      },
    };
  });
}

export async function reorderCommitments(
  db: Db,
  actor: Actor,
  input: TAdminCommitmentReorderInput,
) {
  await liveAmbition(db, actor, input.ambitionId);
  return writeWithAudit(db, actor, (tx) =>
    saveOrder(tx, {
      entity: 'commitment',
      organisationId: actor.organisationId,
      ids: input.ids,
      parent: { entity: 'ambition', entityId: input.ambitionId, operation: 'reorder_commitments' },
    }),
  );
}
