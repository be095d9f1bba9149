import { REASON_LABELS } from '@belonging/domain';
import {
  DataTable,
  ErrorSummary,
  formatDay,
  PendingButton,
  RagTag,
  StatusMessage,
} from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';
import { invalidateActionAreas } from '../../lib/invalidate.ts';
import { useTRPC, errorMessage } from '@belonging/client';

type TMilestone = TActionDetail['milestones'][number];

/**
 * Flags a milestone at risk, or clears the flag, in one press. Focus stays on the button (its
 * words change with the flag) and the outcome is said in the section's status message.
 */
function AtRiskButton({
  milestone,
  onDone,
  onError,
}: {
  milestone: TMilestone;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setAtRisk = useMutation(
    trpc.milestone.setAtRisk.mutationOptions({
      onSuccess: async (_data, input) => {
        await invalidateActionAreas(queryClient, trpc);
        onDone(
          input.atRisk
            ? `Milestone "${milestone.title}" flagged at risk.`
            : `At-risk flag removed from milestone "${milestone.title}".`,
        );
      },
      onError: (error) => onError(errorMessage(error)),
    }),
  );
  return (
    <PendingButton
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
      pending={setAtRisk.isPending}
      onClick={() => {
        onError('');
        setAtRisk.mutate({ milestoneId: milestone.id, atRisk: !milestone.atRisk });
      }}
    >
      {milestone.atRisk ? 'Remove at-risk flag' : 'Flag at risk'}
      <span className="nhsuk-u-visually-hidden"> {milestone.title}</span>
    </PendingButton>
  );
}

export function Milestones({ action }: { action: TActionDetail }) {
  const [problem, setProblem] = useState('');
  const [outcome, setOutcome] = useState('');
  const showProblem = (message: string) => {
    setProblem(message);
    if (message) setOutcome('');
  };
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
                        <AtRiskButton milestone={m} onDone={setOutcome} onError={showProblem} />
                      </div>
                    ),
                },
              ]
            : []),
        ]}
      />
      <StatusMessage message={outcome} testId="milestone-outcome" />
    </section>
  );
}
