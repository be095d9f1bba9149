import { MOVEMENT_LABELS, type TMovement } from '@belonging/domain';

const ARROWS: Record<TMovement, string> = {
  improved: '↑',
  deteriorated: '↓',
  unchanged: '→',
  new: '•',
};

/** Movement since the last period: an arrow for a quick scan, always with its word. */
export function MovementText({ movement }: { movement: TMovement | null }) {
  if (!movement) return <span className="bt-movement">Not rated</span>;
  return (
    <span className={`bt-movement bt-movement--${movement}`} data-movement={movement}>
      <span aria-hidden="true" className="bt-movement__arrow">
        {ARROWS[movement]}
      </span>{' '}
      {MOVEMENT_LABELS[movement]}
    </span>
  );
}
