import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  isErrorSummaryShown,
  onErrorSummaryChange,
  useIsErrorSummaryShown,
  useReportErrorSummary,
} from './error-summaries.ts';

function Form({ hasErrors }: { hasErrors: boolean }) {
  useReportErrorSummary(hasErrors);
  return null;
}

function Title() {
  return <p>{useIsErrorSummaryShown() ? 'Error: Page' : 'Page'}</p>;
}

describe('error summaries on the page', () => {
  it('are counted while any form shows one, until the last goes or unmounts', () => {
    const listener = vi.fn();
    const stop = onErrorSummaryChange(listener);
    const page = (a: boolean, b: boolean, showB = true) => (
      <>
        <Title />
        <Form hasErrors={a} />
        {showB ? <Form hasErrors={b} /> : null}
      </>
    );
    const view = render(page(false, false));
    expect(isErrorSummaryShown()).toBe(false);
    view.rerender(page(true, true));
    expect(view.getByText('Error: Page')).toBeTruthy();
    view.rerender(page(false, true));
    expect(isErrorSummaryShown()).toBe(true);
    view.rerender(page(false, true, false));
    expect(isErrorSummaryShown()).toBe(false);
    expect(view.getByText('Page')).toBeTruthy();
    expect(listener).toHaveBeenCalledTimes(4);
    stop();
    view.unmount();
  });
});
