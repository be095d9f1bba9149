import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SmallButton, SmallLink } from '../../components/buttons.tsx';
import { MilestoneForm, type EditableMilestone } from './milestone-form.tsx';
import { MoveButtons, movedIds } from './move-buttons.tsx';
import { ReorderStatus, useReorder } from './use-reorder.tsx';
import { AdminTable } from '../../components/admin-table.tsx';
import { formatDay } from '@belonging/ui';
import { useTRPC, useTRPCClient } from '@belonging/client';

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
  // The list is drawn again from a new array after each save: focus returns to the moved row then.
  const reorder = useReorder(milestones, () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.admin.action.pathFilter()),
      queryClient.invalidateQueries(trpc.action.pathFilter()),
    ]),
  );
  const editingMilestone = milestones.find((m) => m.id === editing) ?? null;
  const ids = milestones.map((m) => m.id);

  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones of action {actionCode}</h2>
      <ReorderStatus announcement={reorder.announcement} problem={reorder.problem} />
      {milestones.length === 0 ? (
        <p>
          This action has no milestones yet. Add the steps the board should see it reach, with their
          due dates.
        </p>
      ) : (
        <AdminTable
          caption={`Milestones of action ${actionCode}`}
          captionClassName="nhsuk-u-visually-hidden"
          headers={[
            'Milestone',
            'Due',
            'Progress',
            <span className="nhsuk-u-visually-hidden">Controls</span>,
          ]}
        >
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
                    <SmallButton text="Change" item={label} onClick={() => setEditing(m.id)} />
                    <MoveButtons
                      id={m.id}
                      label={label}
                      index={i}
                      count={ids.length}
                      busy={reorder.busy}
                      onMove={(d) =>
                        reorder.move(
                          () =>
                            client.admin.milestone.reorder.mutate({
                              actionId,
                              ids: movedIds(ids, i, d),
                            }),
                          m.id,
                          label,
                          d,
                        )
                      }
                    />
                    <SmallLink
                      warning
                      text="Archive"
                      item={label}
                      to={`/strategy/archive/milestone/${m.id}?actionId=${actionId}`}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </AdminTable>
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
