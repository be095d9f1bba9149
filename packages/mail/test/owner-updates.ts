import { findChaseListData, type DbClient } from '@belonging/db';
import { addProgressUpdate } from '@belonging/db/testing';

/** Gives every action the owner with `email` holds an update for the period; returns how many. */
export async function updateEveryActionOf(
  db: DbClient,
  { organisationId, periodId, email }: { organisationId: string; periodId: string; email: string },
): Promise<number> {
  const { actions } = await findChaseListData(db, { organisationId });
  const owned = actions.filter((a) => a.owner.email === email);
  for (const action of owned) {
    await addProgressUpdate(db, {
      organisationId,
      actionId: action.id,
      periodId,
      authorId: action.owner.id,
      narrative: 'Updated for the quarter.',
      progressPercent: 50,
      status: 'in_progress',
    });
  }
  return owned.length;
}
