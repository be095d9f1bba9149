import type { TUpdateWindowState } from '@belonging/domain';
import { formatDay } from '@belonging/ui';

type ChasePeriod = {
  label: string;
  windowCloses: Date;
  windowState: TUpdateWindowState;
  chaseList: {
    owner: { id: string; name: string; email: string };
    actions: { id: string; code: string; title: string; dueDate: Date }[];
  }[];
};

/**
 * The period to chase, newest first: the current one (the newest whose update window has opened),
 * unless its board snapshot is already locked, when updates can no longer change what the board saw.
 */
export function periodToChase<T extends ChasePeriod & { isLocked: boolean }>(
  newestFirst: readonly T[],
): { period: T | null; locked: string | null } {
  const current = newestFirst.find((p) => p.windowState !== 'upcoming') ?? null;
  if (current?.isLocked) return { period: null, locked: current.label };
  return { period: current, locked: null };
}

/** Owners who have not yet updated their actions in the period being reported, to chase. */
export function ChaseList({
  period,
  locked,
}: {
  period: ChasePeriod | null;
  locked: string | null;
}) {
  return (
    <section aria-labelledby="chase-heading">
      <h2 id="chase-heading">Who has not updated yet{period ? ` for ${period.label}` : ''}</h2>
      {!period && locked ? (
        <p>{locked} is locked, so nobody needs chasing until the next update window opens.</p>
      ) : !period ? (
        <p>
          No update window is open, so nobody needs chasing. Open the next period below to start the
          next round.
        </p>
      ) : period.chaseList.length === 0 ? (
        <p>Every owner has updated all their actions for {period.label}.</p>
      ) : (
        <>
          <p>
            {period.windowState === 'open'
              ? `The update window closes on ${formatDay(period.windowCloses)}.`
              : `The update window closed on ${formatDay(period.windowCloses)}: these updates are missing.`}
          </p>
          <ul className="nhsuk-list">
            {period.chaseList.map((o) => (
              <li key={o.owner.id}>
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                  {o.owner.name} <span className="nhsuk-body-s">({o.owner.email})</span>
                </h3>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {o.actions.length} action{o.actions.length === 1 ? '' : 's'} not yet updated:
                </p>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {o.actions.map((a) => (
                    <li key={a.id}>
                      {a.code} {a.title} (due {formatDay(a.dueDate)})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
