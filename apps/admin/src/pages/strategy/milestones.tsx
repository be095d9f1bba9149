import { useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../lib/dates.ts';
import { MilestoneForm, type EditableMilestone } from './milestone-form.tsx';

/** An action's milestones, in due-date order: add, change and archive them. */
export function Milestones({
  actionId,
  actionCode,
  milestones,
}: {
  actionId: string;
  actionCode: string;
  milestones: EditableMilestone[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const editingMilestone = milestones.find((m) => m.id === editing) ?? null;
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones of action {actionCode}</h2>
      {milestones.length === 0 ? (
        <p>This action has no milestones yet. Add the steps the board should see it reach, with their due dates.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Milestones of action {actionCode}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Milestone</th>
              <th className="nhsuk-table__header" scope="col">Due</th>
              <th className="nhsuk-table__header" scope="col">Progress</th>
              <th className="nhsuk-table__header" scope="col">
                <span className="nhsuk-u-visually-hidden">Controls</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {milestones.map((m) => {
              const label = `milestone ${m.title}`;
              return (
                <tr className="nhsuk-table__row" key={m.id}>
                  <td className="nhsuk-table__cell">{m.title}</td>
                  <td className="nhsuk-table__cell">{formatDay(m.dueDate)}</td>
                  <td className="nhsuk-table__cell">
                    {m.completedAt ? `Completed ${formatDay(m.completedAt)}` : m.atRisk ? 'At risk' : 'Not completed'}
                  </td>
                  <td className="nhsuk-table__cell">
                    <div className="bt-actions">
                      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setEditing(m.id)}>
                        Change<span className="nhsuk-u-visually-hidden"> {label}</span>
                      </button>
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
      <MilestoneForm key={editingMilestone?.id ?? 'new'} actionId={actionId} milestone={editingMilestone} onDone={() => setEditing(null)} />
    </section>
  );
}
