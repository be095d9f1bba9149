import { ACTION_STATUS_LABELS } from '@belonging/domain';
import { formatDateTime, RagTag, SummaryList } from '@belonging/ui';
import type { TActionDetail } from '../../lib/api-types.ts';

type TUpdate = TActionDetail['updates'][number];

/** One saved update: who, when, the colour it gave, and everything the owner wrote. */
export function UpdateCard({
  update,
  headingLevel = 3,
}: {
  update: TUpdate;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const rows = [
    {
      key: 'Colour',
      value: update.effectiveRag ? <RagTag rag={update.effectiveRag} /> : 'Not rated',
    },
    { key: 'Status', value: `${ACTION_STATUS_LABELS[update.status]}, ${update.progressPercent}%` },
    { key: 'Progress narrative', value: update.narrative },
    ...(update.ownerRag
      ? [
          {
            key: "Owner's RAG view",
            value: (
              <>
                <RagTag rag={update.ownerRag} /> {update.ownerRagReason ?? ''}
              </>
            ),
          },
        ]
      : []),
    ...(update.risks ? [{ key: 'Risks and issues', value: update.risks }] : []),
    ...(update.nextSteps ? [{ key: 'Next steps', value: update.nextSteps }] : []),
    ...(update.recoveryAction ? [{ key: 'Recovery action', value: update.recoveryAction }] : []),
    ...(update.isInternal
      ? [{ key: 'Public progress page', value: 'Narrative kept inside the trust' }]
      : []),
  ];
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-s">
          {update.period ? `${update.period.label}: ` : ''}
          {formatDateTime(update.createdAt)}, by {update.author.name}
        </Heading>
        <SummaryList rows={rows} />
      </div>
    </div>
  );
}

export function UpdateHistory({ updates }: { updates: TUpdate[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Update history</h2>
      {updates.length === 0 ? (
        <p>No updates yet.</p>
      ) : (
        updates.map((u) => <UpdateCard key={u.id} update={u} />)
      )}
    </section>
  );
}
