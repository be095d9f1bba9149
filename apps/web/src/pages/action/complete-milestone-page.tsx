import { BackLink, formatDay, SummaryList } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { NotFound, Refusal } from '../../components/messages.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { PageTitle } from '../../lib/error-title.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { CompleteMilestoneForm } from './complete-milestone-form.tsx';
import { useTRPC } from '@belonging/client';

export function CompleteMilestonePage() {
  const { actionId = '', milestoneId = '' } = useParams();
  const trpc = useTRPC();
  const action = useQuery(trpc.action.byId.queryOptions({ id: actionId }));
  return (
    <QueryState query={action} what="milestone">
      {(a) => {
        const milestone = a.milestones.find((m) => m.id === milestoneId);
        if (!milestone) return <NotFound message="That milestone is not part of this action." />;
        if (!a.canEdit) {
          return (
            <Refusal
              heading="You cannot change this milestone"
              message={`Only ${a.owner.name}, the executive owner of ${a.code}, can mark its milestones complete.`}
            />
          );
        }
        return (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <PageTitle
                text={pageTitle(`Mark a milestone as complete: ${milestone.title}`, a.code)}
              />
              <BackLink href={`/actions/${a.id}`} text={`Back to ${a.code}`} Link={RouterLink} />
              <span className="nhsuk-caption-l">
                {a.code}: {a.title}
              </span>
              <h1>Mark a milestone as complete</h1>
              <SummaryList
                rows={[
                  { key: 'Milestone', value: milestone.title },
                  { key: 'Due', value: formatDay(milestone.dueDate) },
                  {
                    key: 'Completed',
                    value: milestone.completedAt ? formatDay(milestone.completedAt) : 'Not yet',
                  },
                ]}
              />
              <CompleteMilestoneForm action={a} milestone={milestone} />
            </div>
          </div>
        );
      }}
    </QueryState>
  );
}
