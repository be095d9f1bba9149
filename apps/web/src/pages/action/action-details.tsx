import { ACTION_STATUS_LABELS } from '@belonging/domain';
import { REASON_LABELS } from '@belonging/domain';
import { formatDateTime, formatDay, RagTag, SummaryList, Tag } from '@belonging/ui';
import type { TActionDetail } from '../../lib/api-types.ts';

/** The action's facts as a summary list: who, when, how far, and the colour with its reason. */
export function ActionDetails({ action }: { action: TActionDetail }) {
  const slipped = action.originalDueDate.getTime() !== action.dueDate.getTime();
  const rows = [
    {
      key: 'Colour',
      value: (
        <>
          {action.assessment.rag ? (
            <RagTag rag={action.assessment.rag} />
          ) : (
            <Tag colour="grey">Cancelled</Tag>
          )}{' '}
          {REASON_LABELS[action.assessment.reason]}
          {action.assessment.optimistic ? (
            <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
              <Tag colour="purple">Optimistic view</Tag> The owner's view is greener than the{' '}
              {action.assessment.derivedRag ? <RagTag rag={action.assessment.derivedRag} /> : null}{' '}
              worked out from the dates and milestones.
            </p>
          ) : null}
        </>
      ),
    },
    { key: 'Executive owner', value: action.owner.name },
    { key: 'Delivery lead', value: action.deliveryLead || 'Not given' },
    { key: 'Status', value: ACTION_STATUS_LABELS[action.status] },
    { key: 'Progress', value: `${action.progressPercent}%` },
    { key: 'Start date', value: formatDay(action.startDate) },
    {
      key: 'Due date',
      value: slipped
        ? `${formatDay(action.dueDate)} (originally ${formatDay(action.originalDueDate)})`
        : formatDay(action.dueDate),
    },
    ...(action.completedAt ? [{ key: 'Completed', value: formatDay(action.completedAt) }] : []),
    {
      key: "Owner's RAG view",
      value: action.ownerRag ? (
        <>
          <RagTag rag={action.ownerRag} /> {action.ownerRagReason ?? ''}
        </>
      ) : (
        'Not given'
      ),
    },
    {
      key: 'Last update',
      value: action.lastUpdateAt ? formatDateTime(action.lastUpdateAt) : 'None yet',
    },
    ...(action.bafRiskRef
      ? [{ key: 'Board Assurance Framework risk', value: action.bafRiskRef }]
      : []),
    ...(action.tags.length
      ? [{ key: 'Frameworks', value: action.tags.map((t) => `${t.code} ${t.title}`).join('; ') }]
      : []),
  ];
  return <SummaryList rows={rows} />;
}
