import { REASON_LABELS } from '@belonging/domain';
import { DataTable, ErrorSummary, formatDay, RagTag } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';
import { invalidateActionAreas } from '../../lib/invalidate.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { errorMessage } from '../../lib/trpc-errors.ts';

type TMilestone = TActionDetail['milestones'][number];

/** Flags a milestone at risk, or clears the flag, in one press. */
function AtRiskButton({
  milestone,
  onError,
}: {
  milestone: TMilestone;
  onError: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setAtRisk = useMutation(
    trpc.milestone.setAtRisk.mutationOptions({
      onSuccess: () => invalidateActionAreas(queryClient, trpc),
      onError: (error) => onError(errorMessage(error)),
    }),
  );
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
      disabled={setAtRisk.isPending}
      onClick={() => setAtRisk.mutate({ milestoneId: milestone.id, atRisk: !milestone.atRisk })}
    >
      {milestone.atRisk ? 'Remove at-risk flag' : 'Flag at risk'}
      <span className="nhsuk-u-visually-hidden"> {milestone.title}</span>
    </button>
  );
}

export function Milestones({ action }: { action: TActionDetail }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones</h2>
      {problem ? <ErrorSummary errors={[]} description={problem} /> : null}
      <DataTable
        caption={<span className="nhsuk-u-visually-hidden">Milestones of {action.code}</span>}
        captionClassName=""
        rows={action.milestones}
        rowKey={(m) => m.id}
        empty="This action has no milestones."
        columns={[
          { header: 'Milestone', rowHeader: true, cell: (m) => m.title },
          { header: 'Due', cell: (m) => formatDay(m.dueDate) },
          {
            header: 'Colour',
            cell: (m) => (
              <>
                <RagTag rag={m.assessment.rag} /> {REASON_LABELS[m.assessment.reason]}
              </>
            ),
          },
          {
            header: 'Completed',
            cell: (m) =>
              m.completedAt ? (
                <>
                  {formatDay(m.completedAt)}
                  {m.evidenceUrl ? (
                    <>
                      <br />
                      <a href={m.evidenceUrl} rel="noreferrer" target="_blank">
                        Evidence
                        <span className="nhsuk-u-visually-hidden">
                          {' '}
                          for {m.title} (opens in a new tab)
                        </span>
                      </a>
                    </>
                  ) : null}
                </>
              ) : (
                'Not yet'
              ),
          },
          ...(action.canEdit
            ? [
                {
                  header: 'Change',
                  cell: (m: TMilestone) =>
                    m.completedAt ? (
                      'No changes needed'
                    ) : (
                      <div className="bt-button-row">
                        <Link to={`/actions/${action.id}/milestones/${m.id}/complete`}>
                          Mark as complete
                          <span className="nhsuk-u-visually-hidden"> {m.title}</span>
                        </Link>
                        <AtRiskButton milestone={m} onError={setProblem} />
                      </div>
                    ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
