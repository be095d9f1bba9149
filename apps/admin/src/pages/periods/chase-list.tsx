type ChaseOwner = {
  owner: { id: string; name: string; email: string };
  actions: { id: string; code: string; title: string }[];
};

/** Owners who have not yet updated their actions in the current period, to chase before the window closes. */
export function ChaseList({
  periods,
  chase,
}: {
  periods: { id: string; label: string; isCurrent: boolean }[];
  chase: { periodId: string; owners: ChaseOwner[] } | null;
}) {
  const period = periods.find((p) => p.id === chase?.periodId);
  return (
    <section aria-labelledby="chase-heading">
      <h2 id="chase-heading">Who has not updated yet{period ? ` for ${period.label}` : ''}</h2>
      {!chase || !period ? (
        <p>There is no current reporting period, so nobody needs chasing. Open a period below to start the next round.</p>
      ) : chase.owners.length === 0 ? (
        <p>Every owner has updated all their actions for {period.label}.</p>
      ) : (
        <ul className="nhsuk-list">
          {chase.owners.map((o) => (
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
                    {a.code} {a.title}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
