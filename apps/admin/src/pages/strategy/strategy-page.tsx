import { SuccessBanner } from '@belonging/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { SmallLink } from '../../components/buttons.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MoveButtons, movedIds } from './move-buttons.tsx';
import { StrategyActions } from './strategy-actions.tsx';
import { ReorderStatus, useReorder } from './use-reorder.tsx';
import { queryFailure, useTRPC, useTRPCClient } from '@belonging/client';

/** The strategy as a tree: ambitions, their commitments and actions, each editable and movable. */
export function StrategyPage() {
  usePageTitle('Strategy');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const reorder = useReorder(tree.dataUpdatedAt, () =>
    queryClient.invalidateQueries(trpc.strategy.pathFilter()),
  );

  if (tree.isError && queryFailure(tree.error) === 'not-found') {
    return (
      <>
        <h1>Strategy</h1>
        <p>
          This trust has no strategy yet. Start by giving it a title and its years, then add its
          ambitions here.
        </p>
        <p>
          <Link className="nhsuk-button" to="/strategy/settings">
            Create the strategy
          </Link>
        </p>
      </>
    );
  }
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  const { strategy, ambitions } = tree.data;
  const ambitionIds = ambitions.map((a) => a.id);

  return (
    <>
      <h1>
        {strategy.title}
        <span className="nhsuk-caption-l nhsuk-caption--bottom">
          {strategy.startYear} to {strategy.endYear}
        </span>
      </h1>
      {done ? (
        <SuccessBanner id="strategy-done">
          <p>{done}</p>
        </SuccessBanner>
      ) : null}
      <ReorderStatus announcement={reorder.announcement} problem={reorder.problem} />
      <div className="bt-actions">
        <Link className="nhsuk-button" to="/strategy/ambitions/new">
          Add an ambition
        </Link>
        <Link className="nhsuk-button nhsuk-button--secondary" to="/strategy/settings">
          Strategy settings
        </Link>
        <Link className="nhsuk-button nhsuk-button--secondary" to="/strategy/archived">
          Archived items
        </Link>
      </div>
      {ambitions.length === 0 ? (
        <p>
          The strategy has no ambitions yet. Add the first ambition, then its commitments and
          actions.
        </p>
      ) : null}
      {ambitions.map((ambition, ai) => {
        const label = `Ambition ${ambition.number}: ${ambition.title}`;
        const commitmentIds = ambition.commitments.map((c) => c.id);
        return (
          <section
            className="bt-tree-item"
            key={ambition.id}
            aria-labelledby={`ambition-${ambition.id}`}
          >
            <h2 id={`ambition-${ambition.id}`}>{label}</h2>
            <div className="bt-actions">
              <SmallLink text="Change" item={label} to={`/strategy/ambitions/${ambition.id}`} />
              <MoveButtons
                id={ambition.id}
                label={label}
                index={ai}
                count={ambitionIds.length}
                busy={reorder.busy}
                onMove={(d) =>
                  reorder.move(
                    () =>
                      client.admin.ambition.reorder.mutate({ ids: movedIds(ambitionIds, ai, d) }),
                    ambition.id,
                    label,
                    d,
                  )
                }
              />
              <SmallLink
                warning
                text="Archive"
                item={label}
                to={`/strategy/archive/ambition/${ambition.id}`}
              />
            </div>
            {ambition.commitments.length === 0 ? (
              <p>No commitments yet: add one to start planning actions.</p>
            ) : null}
            {ambition.commitments.map((commitment, ci) => {
              const cLabel = `Commitment ${commitment.code}: ${commitment.title}`;
              return (
                <div className="bt-tree-item" key={commitment.id}>
                  <h3>{cLabel}</h3>
                  <div className="bt-actions">
                    <SmallLink
                      text="Change"
                      item={cLabel}
                      to={`/strategy/commitments/${commitment.id}`}
                    />
                    <MoveButtons
                      id={commitment.id}
                      label={cLabel}
                      index={ci}
                      count={commitmentIds.length}
                      busy={reorder.busy}
                      onMove={(d) =>
                        reorder.move(
                          () =>
                            client.admin.commitment.reorder.mutate({
                              ambitionId: ambition.id,
                              ids: movedIds(commitmentIds, ci, d),
                            }),
                          commitment.id,
                          cLabel,
                          d,
                        )
                      }
                    />
                    <SmallLink
                      warning
                      text="Archive"
                      item={cLabel}
                      to={`/strategy/archive/commitment/${commitment.id}`}
                    />
                  </div>
                  <StrategyActions
                    commitment={commitment}
                    busy={reorder.busy}
                    onMove={(ids, id, label, d) =>
                      reorder.move(
                        () =>
                          client.admin.action.reorder.mutate({ commitmentId: commitment.id, ids }),
                        id,
                        label,
                        d,
                      )
                    }
                  />
                </div>
              );
            })}
            <p>
              <Link to={`/strategy/commitments/new?ambitionId=${ambition.id}`}>
                Add a commitment<span className="nhsuk-u-visually-hidden"> to {label}</span>
              </Link>
            </p>
          </section>
        );
      })}
    </>
  );
}
