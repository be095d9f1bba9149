import {
  findEmailPreferences,
  holdRow,
  updateEmailPreferences,
  writeWithAudit,
  type Db,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import type { TEmailPreferencesInput } from '@belonging/domain';
import { ApiError } from '../errors.ts';

/** Only the EDI team is sent the weekly digest, so only they are offered the choice. */
const mayChooseDigest = (person: SessionUser) => person.roles.includes('edi_admin');

async function preferencesOf(db: DbClient, userId: string) {
  const found = await findEmailPreferences(db, userId);
  if (!found) throw new ApiError('NOT_FOUND', 'Your account was not found.');
  return found;
}

/** The signed-in person's email choices, and whether the digest is theirs to choose. */
export async function getEmailPreferences(db: DbClient, person: SessionUser) {
  const { emailReminders, emailDigest } = await preferencesOf(db, person.userId);
  const offersDigest = mayChooseDigest(person);
  return { emailReminders, emailDigest: offersDigest ? emailDigest : null, offersDigest };
}

/** Saves the person's own choices, with one audit event about them. */
export function saveEmailPreferences(db: Db, person: SessionUser, input: TEmailPreferencesInput) {
  if (input.emailDigest !== undefined && !mayChooseDigest(person)) {
    throw new ApiError('BAD_REQUEST', 'Only the EDI team is sent the weekly digest.', {
      emailDigest: ['Only the EDI team is sent the weekly digest'],
    });
  }
  return writeWithAudit(db, person, async (tx) => {
    await holdRow(tx, 'User', person.userId);
    const before = await preferencesOf(tx, person.userId);
    const after = await updateEmailPreferences(tx, person.userId, input);
    return {
      result: {
        emailReminders: after.emailReminders,
        emailDigest: mayChooseDigest(person) ? after.emailDigest : null,
        offersDigest: mayChooseDigest(person),
      },
      audit: {
        entity: 'email_preferences',
        entityId: after.id,
        operation: 'update',
        before,
        after,
      },
    };
  });
}
