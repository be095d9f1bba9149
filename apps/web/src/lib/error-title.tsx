import { useIsErrorSummaryShown } from '@belonging/client';

/**
 * The page's `<title>`, starting "Error: " while any form on the page shows its error summary, so
 * screen reader users hear at once that the submit failed (as GOV.UK and NHS services do).
 */
export function PageTitle({ text }: { text: string }) {
  const hasErrors = useIsErrorSummaryShown();
  return <title>{hasErrors ? `Error: ${text}` : text}</title>;
}
