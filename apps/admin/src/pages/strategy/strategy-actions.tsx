import { ACTION_STATUS_LABELS, type TActionStatus } from '@belonging/domain';
import { Link } from 'react-router';
import { SmallLink } from '../../components/buttons.tsx';
import { MoveButtons, movedIds } from './move-buttons.tsx';
import { AdminTable } from '../../components/admin-table.tsx';
import { formatDay } from '@belonging/ui';

type ActionRow = {
  id: string;
  code: string;
  title: string;
  status: TActionStatus;
  dueDate: Date;
  originalDueDate: Date;
  owner: { id: string; name: string };
};

/** A commitment's actions: owner, due date (with the original when it moved), status and controls. */
export function StrategyActions({
  commitment,
  busy,
  onMove,
}: {
  commitment: { id: string; code: string; title: string; actions: ActionRow[] };
  busy: boolean;
  onMove: (ids: string[], id: string, label: string, direction: -1 | 1) => void;
}) {
  const ids = commitment.actions.map((a) => a.id);
  return (
    <>
      {commitment.actions.length === 0 ? (
        <p>No actions yet. Add an action with an owner and a due date.</p>
      ) : (
        <AdminTable
          caption={`Actions of commitment ${commitment.code}`}
          captionClassName="nhsuk-u-visually-hidden"
          headers={[
            'Action',
            'Owner',
            'Due',
            'Status',
            <span className="nhsuk-u-visually-hidden">Controls</span>,
          ]}
        >
          {commitment.actions.map((action, i) => {
            const label = `action ${action.code}`;
            const moved = action.dueDate.getTime() !== action.originalDueDate.getTime();
            return (
              <tr className="nhsuk-table__row" key={action.id}>
                <td className="nhsuk-table__cell">
                  <Link to={`/strategy/actions/${action.id}`}>
                    {action.code} {action.title}
                  </Link>
                </td>
                <td className="nhsuk-table__cell">{action.owner.name}</td>
                <td className="nhsuk-table__cell">
                  {formatDay(action.dueDate)}
                  {moved ? (
                    <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                      Originally {formatDay(action.originalDueDate)}
                    </div>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">{ACTION_STATUS_LABELS[action.status]}</td>
                <td className="nhsuk-table__cell">
                  <div className="bt-actions">
                    <MoveButtons
                      id={action.id}
                      label={label}
                      index={i}
                      count={ids.length}
                      busy={busy}
                      onMove={(d) => onMove(movedIds(ids, i, d), action.id, label, d)}
                    />
                    <SmallLink
                      warning
                      text="Archive"
                      item={label}
                      to={`/strategy/archive/action/${action.id}`}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </AdminTable>
      )}
      <p>
        <Link to={`/strategy/actions/new?commitmentId=${commitment.id}`}>
          Add an action
          <span className="nhsuk-u-visually-hidden"> to commitment {commitment.code}</span>
        </Link>
      </p>
    </>
  );
}
