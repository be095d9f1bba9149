import { dayInWords, EMAIL_PREFERENCE_LABELS, RAG_LABELS, type TDueEmail } from '@belonging/domain';
import { heading, link, list, paragraph, type TBlock, type TEmailContent } from './layout.ts';
import type { TEmailLinks } from './links.ts';

type TDigestEmail = Extract<TDueEmail, { kind: 'digest' }>;

function section(title: string, items: string[], none: string): TBlock[] {
  return [heading(`${title} (${items.length})`), items.length ? list(items) : paragraph(none)];
}

/** The EDI team's weekly digest: who has updated, who has not, and new red and amber items. */
export function digestEmailContent(
  due: TDigestEmail,
  trustName: string,
  links: TEmailLinks,
): TEmailContent {
  const { period, content } = due;
  const notUpdated = content.notUpdated.map(
    (o) => `${o.name}: ${o.actions.map((a) => a.code).join(', ')}`,
  );
  const redAmber = content.newRedAndAmber.map((item) => {
    const before = RAG_LABELS[item.previousRag as keyof typeof RAG_LABELS] ?? null;
    const was = before ? `was ${before.toLowerCase()}` : 'new';
    return `${RAG_LABELS[item.rag]}: ${item.code} ${item.title}${item.owner ? ` (${item.owner})` : ''}, ${was}`;
  });
  const week = `the week beginning ${dayInWords(due.weekStarts)}`;
  return {
    subject: `${trustName}: weekly EDI digest for ${period.label}, ${week}`,
    heading: `Weekly digest: ${period.label}`,
    blocks: [
      paragraph(`Dear ${due.recipient.name},`),
      paragraph(`Where ${trustName}'s ${period.label} updates stand in ${week}.`),
      ...section('Not updated yet', notUpdated, 'Every owner has updated.'),
      ...section(
        'Updated',
        content.updated.map((o) => o.name),
        'No owner has updated yet.',
      ),
      ...section(
        'New red and amber items since the last period',
        redAmber,
        'No action or KPI has turned red or amber since the last period.',
      ),
      link('Open the chase list', links.chaseList),
      link(`Read the ${period.label} board report as it stands`, links.report(period.id)),
    ],
    reason: `You get this email because you are in ${trustName}'s EDI team and "${EMAIL_PREFERENCE_LABELS.emailDigest}" is ticked in your settings.`,
    settingsUrl: links.settings,
  };
}
