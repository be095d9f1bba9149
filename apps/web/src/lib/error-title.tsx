import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

// Two contexts: forms only report (a stable function), so a new count re-renders titles alone.
const ReportContext = createContext<(change: 1 | -1) => void>(() => undefined);
const CountContext = createContext(0);

/** Counts the forms on the page that show an error summary, for the page title to say so. */
export function ErrorTitleProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  const report = useCallback((change: 1 | -1) => setCount((c) => c + change), []);
  return (
    <ReportContext value={report}>
      <CountContext value={count}>{children}</CountContext>
    </ReportContext>
  );
}

/** Called by a form with whether its error summary is showing; the title follows until it unmounts. */
export function useReportErrorSummary(isShown: boolean) {
  const report = useContext(ReportContext);
  useEffect(() => {
    if (!isShown) return;
    report(1);
    return () => report(-1);
  }, [isShown, report]);
}

/**
 * The page's `<title>`, starting "Error: " while any form on the page shows its error summary, so
 * screen reader users hear at once that the submit failed (as GOV.UK and NHS services do).
 */
export function PageTitle({ text }: { text: string }) {
  const hasErrors = useContext(CountContext) > 0;
  return <title>{hasErrors ? `Error: ${text}` : text}</title>;
}
