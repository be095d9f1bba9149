import type { TDueEmail } from '@belonging/domain';
import type { TOutboxDraft } from '@belonging/db';
import { digestEmailContent } from './digest.ts';
import { renderEmail, type TRenderedEmail } from './layout.ts';
import { emailLinks } from './links.ts';
import { ownerEmailContent } from './owner-messages.ts';
import { snapshotLockedEmailContent } from './snapshot-locked.ts';

export { DEFAULT_APP_ORIGIN, emailLinks, type TEmailLinks } from './links.ts';
export type { TRenderedEmail } from './layout.ts';

/** A due message as its subject, plain text and HTML, every link on `appOrigin`. */
export function renderDueEmail(
  due: TDueEmail,
  { trustName, appOrigin }: { trustName: string; appOrigin: string },
): TRenderedEmail {
  const links = emailLinks(appOrigin);
  switch (due.kind) {
    case 'digest':
      return renderEmail(digestEmailContent(due, trustName, links));
    case 'snapshot_locked':
      return renderEmail(snapshotLockedEmailContent(due, trustName, links));
    default:
      return renderEmail(ownerEmailContent(due, trustName, links));
  }
}

/** Due messages as outbox rows of the trust, ready for `enqueueEmails`. */
export function outboxDrafts(
  dues: readonly TDueEmail[],
  trust: { id: string; name: string },
  appOrigin: string,
): TOutboxDraft[] {
  return dues.map((due) => ({
    organisationId: trust.id,
    recipientId: due.recipient.id,
    kind: due.kind,
    dedupeKey: due.dedupeKey,
    toAddress: due.recipient.email,
    ...renderDueEmail(due, { trustName: trust.name, appOrigin }),
  }));
}
