import { useEffect, useState } from 'react';
import { describeServerError } from '@belonging/client';

type Direction = -1 | 1;

/**
 * Saves a new order of siblings, one move at a time. Focus follows the moved item: once the list
 * is drawn again (`dataVersion` changes), focus returns to the button pressed (or its partner at
 * the ends), so keyboard users can press it again.
 */
export function useReorder(dataVersion: unknown, invalidate: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pending, setPending] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!pending) return;
    const same = document.getElementById(`move-${pending.direction}-${pending.id}`);
    const other = document.getElementById(
      `move-${pending.direction === 'up' ? 'down' : 'up'}-${pending.id}`,
    );
    (same ?? other)?.focus();
    setPending(null);
  }, [dataVersion, pending]);

  async function run(save: () => Promise<unknown>, id: string, label: string, d: Direction) {
    setBusy(true);
    setProblem(null);
    try {
      await save();
      await invalidate();
      setPending({ id, direction: d === -1 ? 'up' : 'down' });
      setAnnouncement(`${label} moved ${d === -1 ? 'up' : 'down'}.`);
    } catch (error) {
      setProblem(describeServerError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    problem,
    announcement,
    move: (save: () => Promise<unknown>, id: string, label: string, d: Direction) =>
      void run(save, id, label, d),
  };
}

/** Tells screen readers where the moved item went, and everyone why a new order was not saved. */
export function ReorderStatus({
  announcement,
  problem,
}: {
  announcement: string;
  problem: string | null;
}) {
  return (
    <>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
      {problem ? (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">The new order was not saved</h2>
          <div className="nhsuk-error-summary__body">
            <p>{problem}</p>
          </div>
        </div>
      ) : null}
    </>
  );
}
