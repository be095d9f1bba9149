import type { ReactNode } from 'react';

/**
 * A button that stays focusable while its request runs: `disabled` would throw keyboard focus back
 * to the page, so it is only marked `aria-disabled` and presses (and Enter in a form) are ignored.
 */
export function PendingButton({
  pending,
  onClick,
  type = 'button',
  className = 'nhsuk-button',
  children,
}: {
  pending: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      className={className}
      type={type}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) return event.preventDefault();
        onClick?.();
      }}
    >
      {children}
    </button>
  );
}
