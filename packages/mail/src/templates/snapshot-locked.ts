import { dayInWords, EMAIL_PREFERENCE_LABELS, type TDueEmail } from '@belonging/domain';
import { link, paragraph, type TEmailContent } from './layout.ts';
import type { TEmailLinks } from './links.ts';

type TSnapshotLockedEmail = Extract<TDueEmail, { kind: 'snapshot_locked' }>;

/** To the board (and the EDI team) when a period's board report is locked. */
export function snapshotLockedEmailContent(
  due: TSnapshotLockedEmail,
  trustName: string,
  links: TEmailLinks,
): TEmailContent {
  const { period } = due;
  const lockedOn = period.lockedAt ? ` on ${dayInWords(period.lockedAt)}` : '';
  return {
    subject: `${trustName}: the ${period.label} board report is locked`,
    heading: `The ${period.label} board report is ready`,
    blocks: [
      paragraph(`Dear ${due.recipient.name},`),
      paragraph(
        `The EDI team locked the ${period.label} board report${lockedOn}. It is now frozen: later edits never change what the board sees.`,
      ),
      link(`Read the ${period.label} board report`, links.report(period.id)),
    ],
    reason: `You get this email because you are a board member or in the EDI team of ${trustName} and "${EMAIL_PREFERENCE_LABELS.emailReminders}" is ticked in your settings (it covers this notice too).`,
    settingsUrl: links.settings,
  };
}
