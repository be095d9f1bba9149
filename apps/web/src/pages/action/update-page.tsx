import { BackLink } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Refusal } from '../../components/messages.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { UpdateWindow } from '../../components/update-window.tsx';
import { PageTitle } from '../../lib/error-title.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { UpdateForm } from './update-form.tsx';
import { useTRPC } from '@belonging/client';

export function UpdatePage() {
  const { actionId = '' } = useParams();
  const trpc = useTRPC();
  const action = useQuery(trpc.action.byId.queryOptions({ id: actionId }));
  return (
    <QueryState query={action} what="action">
      {(a) =>
        a.canEdit ? (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <PageTitle text={pageTitle(`Update ${a.code}`)} />
              <BackLink href={`/actions/${a.id}`} text={`Back to ${a.code}`} Link={RouterLink} />
              <span className="nhsuk-caption-l">
                {a.code}: {a.title}
              </span>
              <h1>Update this action</h1>
              <UpdateWindow period={a.period} />
              <UpdateForm action={a} />
            </div>
          </div>
        ) : (
          <Refusal
            heading="You cannot update this action"
            message={`Only ${a.owner.name}, the executive owner of ${a.code}, can update it.`}
          />
        )
      }
    </QueryState>
  );
}
