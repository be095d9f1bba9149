import { BackLink, InsetText } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { PageTitle } from '../../lib/error-title.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { isOwner } from '../../lib/roles.ts';
import { useBackLink } from '../../lib/back-link.ts';
import { useMe } from '../../lib/use-me.ts';
import { ActionDetails } from './action-details.tsx';
import { Comments } from './comments.tsx';
import { LinkedKpis } from './linked-kpis.tsx';
import { Milestones } from './milestones.tsx';
import { UpdateHistory } from './update-history.tsx';
import { useTRPC } from '@belonging/client';

export function ActionPage() {
  const { actionId = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const action = useQuery(trpc.action.byId.queryOptions({ id: actionId }));
  const back = useBackLink(
    me.data && isOwner(me.data.roles)
      ? { href: '/actions', text: 'Back to my actions' }
      : { href: '/strategy', text: 'Back to the strategy' },
  );

  return (
    <QueryState query={action} what="action">
      {(a) => (
        <>
          <PageTitle text={pageTitle(`${a.code}: ${a.title}`)} />
          <BackLink href={back.href} text={back.text} Link={RouterLink} />
          <Flash />
          <span className="nhsuk-caption-l">
            Ambition {a.commitment.ambition.number}, commitment {a.commitment.code}:{' '}
            {a.commitment.title}
          </span>
          <h1>
            {a.code}: {a.title}
          </h1>
          {a.description ? <p className="nhsuk-lede-text bt-pre-line">{a.description}</p> : null}
          {a.canEdit ? (
            <Link className="nhsuk-button" to={`/actions/${a.id}/update`} data-testid="update-link">
              Update this action
            </Link>
          ) : (
            <InsetText>
              <p data-testid="not-owner">
                Only {a.owner.name}, the executive owner, can update this action and its milestones.
                You can read it.
              </p>
            </InsetText>
          )}
          <ActionDetails action={a} />
          <Milestones action={a} />
          <LinkedKpis kpis={a.kpis} />
          <UpdateHistory updates={a.updates} />
          <Comments action={a} />
        </>
      )}
    </QueryState>
  );
}
