/** Swaps an item with its neighbour and returns the new order of ids. */
export function movedIds(ids: readonly string[], index: number, direction: -1 | 1): string[] {
  const next = [...ids];
  const other = index + direction;
  const a = next[index];
  const b = next[other];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[other] = a;
  return next;
}

/** "Move up" and "Move down" buttons for one item; the ends of the list show only the button that applies. */
export function MoveButtons({
  id,
  label,
  index,
  count,
  onMove,
  busy,
}: {
  id: string;
  label: string;
  index: number;
  count: number;
  onMove: (direction: -1 | 1) => void;
  busy: boolean;
}) {
  if (count < 2) return null;
  return (
    <>
      {index > 0 ? (
        <button
          id={`move-up-${id}`}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onMove(-1)}
        >
          Move up <span className="nhsuk-u-visually-hidden">{label}</span>
        </button>
      ) : null}
      {index < count - 1 ? (
        <button
          id={`move-down-${id}`}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onMove(1)}
        >
          Move down <span className="nhsuk-u-visually-hidden">{label}</span>
        </button>
      ) : null}
    </>
  );
}
