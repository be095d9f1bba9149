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

type TStoredPreferences = { emailReminders: boolean; emailDigest: boolean };

async function preferencesOf(db: DbClient, userId: string) {
  const found = await findEmailPreferences(db, userId);
  if (!found) throw new ApiError('NOT_FOUND', 'Your account was not found.');
  return found;
}

/** The person's choices as Your settings shows them: the digest only to those offered it. */
function answerOf(person: SessionUser, { emailReminders, emailDigest }: TStoredPreferences) {
  const offersDigest = mayChooseDigest(person);
  return { emailReminders, emailDigest: offersDigest ? emailDigest : null, offersDigest };
}

/** The signed-in person's email choices, and whether the digest is theirs to choose. */
export async function getEmailPreferences(db: DbClient, person: SessionUser) {
  return answerOf(person, await preferencesOf(db, person.userId));
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
      result: answerOf(person, after),
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
