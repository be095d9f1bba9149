import { useEffect, useSyncExternalStore } from 'react';

// How many forms on the page show an error summary. A page title starts "Error: " while any does,
// as the NHS service manual asks; one count for the page, so forms and titles need no wiring.
let shown = 0;
const listeners = new Set<() => void>();

function change(by: 1 | -1): void {
  shown += by;
  for (const listener of listeners) listener();
}

/** Whether any form on the page shows its error summary now. */
export function isErrorSummaryShown(): boolean {
  return shown > 0;
}

/** Calls `listener` whenever a form's error summary appears or goes; returns the unsubscribe. */
export function onErrorSummaryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by a form with whether its error summary is showing; counted until it unmounts. */
export function useReportErrorSummary(isShown: boolean): void {
  useEffect(() => {
    if (!isShown) return;
    change(1);
    return () => change(-1);
  }, [isShown]);
}

/** For a page title component: re-renders when an error summary appears or goes. */
export function useIsErrorSummaryShown(): boolean {
  return useSyncExternalStore(onErrorSummaryChange, isErrorSummaryShown, () => false);
}
