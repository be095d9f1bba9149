import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../lib/dates.ts';
import { describeServerError } from '../../lib/form-errors.ts';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';
import { MilestoneForm, type EditableMilestone } from './milestone-form.tsx';
import { MoveButtons, movedIds, useMoveFocus } from './move-buttons.tsx';

/** An action's milestones, in the order the EDI team set: add, change, move and archive them. */
export function Milestones({
  actionId,
  actionCode,
  milestones,
}: {
  actionId: string;
  actionCode: string;
  milestones: EditableMilestone[];
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The list is drawn again from a new array after each save: focus returns to the moved row then.
  const focus = useMoveFocus(milestones);
  const editingMilestone = milestones.find((m) => m.id === editing) ?? null;
  const ids = milestones.map((m) => m.id);

  async function move(index: number, direction: -1 | 1, id: string, label: string) {
    setBusy(true);
    setProblem(null);
    try {
      await client.admin.milestone.reorder.mutate({
        actionId,
        ids: movedIds(ids, index, direction),
      });
      await Promise.all([
        queryClient.invalidateQueries(trpc.admin.action.pathFilter()),
        queryClient.invalidateQueries(trpc.action.pathFilter()),
      ]);
      focus.setPending({ id, direction: direction === -1 ? 'up' : 'down' });
      focus.setAnnouncement(`${label} moved ${direction === -1 ? 'up' : 'down'}.`);
    } catch (error) {
      setProblem(describeServerError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones of action {actionCode}</h2>
      <p className="nhsuk-u-visually-hidden" role="status">
        {focus.announcement}
      </p>
      {problem ? (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">The new order was not saved</h2>
          <div className="nhsuk-error-summary__body">
            <p>{problem}</p>
          </div>
        </div>
      ) : null}
      {milestones.length === 0 ? (
        <p>
          This action has no milestones yet. Add the steps the board should see it reach, with their
          due dates.
        </p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Milestones of action {actionCode}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">
                Milestone
              </th>
              <th className="nhsuk-table__header" scope="col">
                Due
              </th>
              <th className="nhsuk-table__header" scope="col">
                Progress
              </th>
              <th className="nhsuk-table__header" scope="col">
                <span className="nhsuk-u-visually-hidden">Controls</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {milestones.map((m, i) => {
              const label = `milestone ${m.title}`;
              return (
                <tr className="nhsuk-table__row" key={m.id}>
                  <td className="nhsuk-table__cell">{m.title}</td>
                  <td className="nhsuk-table__cell">{formatDay(m.dueDate)}</td>
                  <td className="nhsuk-table__cell">
                    {m.completedAt
                      ? `Completed ${formatDay(m.completedAt)}`
                      : m.atRisk
                        ? 'At risk'
                        : 'Not completed'}
                  </td>
                  <td className="nhsuk-table__cell">
                    <div className="bt-actions">
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => setEditing(m.id)}
                      >
                        Change<span className="nhsuk-u-visually-hidden"> {label}</span>
                      </button>
                      <MoveButtons
                        id={m.id}
                        label={label}
                        index={i}
                        count={ids.length}
                        busy={busy}
                        onMove={(d) => void move(i, d, m.id, label)}
                      />
                      <Link
                        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                        to={`/strategy/archive/milestone/${m.id}?actionId=${actionId}`}
                      >
                        Archive<span className="nhsuk-u-visually-hidden"> {label}</span>
                      </Link>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <MilestoneForm
        key={editingMilestone?.id ?? 'new'}
        actionId={actionId}
        milestone={editingMilestone}
        onDone={() => setEditing(null)}
      />
    </section>
  );
}
