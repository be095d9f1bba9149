import type { Db } from '@belonging/db';
import type {
  TAdminAmbitionCreateInput,
  TAdminAmbitionReorderInput,
  TAdminAmbitionUpdateInput,
  TAdminCommitmentCreateInput,
  TAdminCommitmentReorderInput,
  TAdminCommitmentUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { writeWithAudit, type Actor } from '@belonging/db';
import { currentStrategy, liveAmbition, liveCommitment } from './lookups.ts';
import { saveOrder } from './reorder.ts';
import { requireFreeCommitmentCode } from './sibling-codes.ts';

const ambitionSelect = {
  id: true,
  number: true,
  title: true,
  description: true,
  sortOrder: true,
  archivedAt: true,
} as const;
const commitmentSelect = {
  id: true,
  ambitionId: true,
  code: true,
  title: true,
  description: true,
  sortOrder: true,
  archivedAt: true,
} as const;

async function requireFreeAmbitionNumber(
  db: Db,
  strategyId: string,
  number: number,
  exceptId?: string,
) {
  const clash = await db.ambition.findFirst({
    where: { strategyId, number, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
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
    const last = await tx.ambition.aggregate({
      where: { strategyId: strategy.id },
      _max: { sortOrder: true },
    });
    const ambition = await tx.ambition.create({
      data: {
        organisationId: actor.organisationId,
        strategyId: strategy.id,
        number: input.number,
        title: input.title,
        description: input.description ?? '',
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: ambitionSelect,
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
    const before = await tx.ambition.findUniqueOrThrow({
      where: { id: input.id },
      select: ambitionSelect,
    });
    const after = await tx.ambition.update({
      where: { id: input.id },
      data: { number: input.number, title: input.title, description: input.description },
      select: ambitionSelect,
    });
    return {
      result: after,
      audit: { entity: 'ambition', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveAmbition(db: Db, actor: Actor, id: string) {
  await liveAmbition(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await tx.ambition.update({
      where: { id },
      data: { archivedAt: new Date() },
      select: ambitionSelect,
    });
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
  return writeWithAudit(db, actor, async (tx) => {
    const siblings = await tx.ambition.findMany({
      where: { strategyId: strategy.id, organisationId: actor.organisationId, archivedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
      select: { id: true },
    });
    return saveOrder({
      ids: input.ids,
      siblings,
      what: 'ambition',
      setSortOrder: (id, sortOrder) => tx.ambition.update({ where: { id }, data: { sortOrder } }),
      parent: { entity: 'strategy', entityId: strategy.id, operation: 'reorder_ambitions' },
    });
  });
}

export async function createCommitment(db: Db, actor: Actor, input: TAdminCommitmentCreateInput) {
  await liveAmbition(db, actor, input.ambitionId);
  await requireFreeCommitmentCode(db, actor, input);
  return writeWithAudit(db, actor, async (tx) => {
    const last = await tx.commitment.aggregate({
      where: { ambitionId: input.ambitionId },
      _max: { sortOrder: true },
    });
    const commitment = await tx.commitment.create({
      data: {
        organisationId: actor.organisationId,
        ambitionId: input.ambitionId,
        code: input.code,
        title: input.title,
        description: input.description ?? '',
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: commitmentSelect,
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

export async function updateCommitment(db: Db, actor: Actor, input: TAdminCommitmentUpdateInput) {
  const current = await liveCommitment(db, actor, input.id);
  if (input.ambitionId) await liveAmbition(db, actor, input.ambitionId);
  const ambitionId = input.ambitionId ?? current.ambitionId;
  const code = input.code ?? current.code;
  // Checked only when the code or its ambition changes, so an old clash never blocks other edits.
  if (ambitionId !== current.ambitionId || code !== current.code)
    await requireFreeCommitmentCode(db, actor, { ambitionId, code, exceptId: current.id });
  return writeWithAudit(db, actor, async (tx) => {
    const before = await tx.commitment.findUniqueOrThrow({
      where: { id: input.id },
      select: commitmentSelect,
    });
    const after = await tx.commitment.update({
      where: { id: input.id },
      data: {
        ambitionId: input.ambitionId,
        code: input.code,
        title: input.title,
        description: input.description,
      },
      select: commitmentSelect,
    });
    // KPIs of the commitment move with it to its new ambition.
    if (after.ambitionId !== before.ambitionId) {
      await tx.kpi.updateMany({
        where: { commitmentId: after.id },
        data: { ambitionId: after.ambitionId },
      });
    }
    return {
      result: after,
      audit: { entity: 'commitment', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveCommitment(db: Db, actor: Actor, id: string) {
  await liveCommitment(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await tx.commitment.update({
      where: { id },
      data: { archivedAt: new Date() },
      select: commitmentSelect,
    });
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
  return writeWithAudit(db, actor, async (tx) => {
    const siblings = await tx.commitment.findMany({
      where: {
        ambitionId: input.ambitionId,
        organisationId: actor.organisationId,
        archivedAt: null,
      },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true },
    });
    return saveOrder({
      ids: input.ids,
      siblings,
      what: 'commitment',
      setSortOrder: (id, sortOrder) => tx.commitment.update({ where: { id }, data: { sortOrder } }),
      parent: { entity: 'ambition', entityId: input.ambitionId, operation: 'reorder_commitments' },
    });
  });
}
