import {
  findActionSiblings,
  findCommitmentSiblings,
  type Actor,
  type DbClient,
} from '@belonging/db';
import { codeClash } from '@belonging/domain';
import { ApiError } from '../../errors.ts';

/** Refuses a commitment code a live sibling under the same ambition already has, naming the field. */
export async function requireFreeCommitmentCode(
  db: DbClient,
  actor: Actor,
  input: { ambitionId: string; code: string; exceptId?: string },
) {
  const found = await findCommitmentSiblings(db, {
    organisationId: actor.organisationId,
    ambitionId: input.ambitionId,
    exceptId: input.exceptId,
  });
  const clash = found && codeClash({ what: 'Commitment', code: input.code, ...found });
  if (clash) throw new ApiError('BAD_REQUEST', clash, { code: [clash] });
}

/** Refuses an action code a live sibling under the same commitment already has, naming the field. */
export async function requireFreeActionCode(
  db: DbClient,
  actor: Actor,
  input: { commitmentId: string; code: string; exceptId?: string },
) {
  const found = await findActionSiblings(db, {
    organisationId: actor.organisationId,
    commitmentId: input.commitmentId,
    exceptId: input.exceptId,
  });
  const clash = found && codeClash({ what: 'Action', code: input.code, ...found });
  if (clash) throw new ApiError('BAD_REQUEST', clash, { code: [clash] });
}
