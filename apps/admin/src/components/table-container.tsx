import type { ReactNode } from 'react';

/** nhsuk-frontend's scrolling box: a wide table scrolls on its own at 320px, not the whole page. */
export function TableContainer({ children }: { children: ReactNode }) {
  return <div className="nhsuk-table-container">{children}</div>;
}
