import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle } from './use-page-title.ts';
import { useReportErrorSummary } from '@belonging/client';

afterEach(cleanup);

function Page({ title, hasErrors }: { title: string; hasErrors: boolean }) {
  usePageTitle(title);
  return <Form hasErrors={hasErrors} />;
}

function Form({ hasErrors }: { hasErrors: boolean }) {
  useReportErrorSummary(hasErrors);
  return null;
}

describe('the page title', () => {
  it('names the page, starts "Error: " only while a form shows its error summary, and keeps the prefix when the name changes', () => {
    const { rerender, unmount } = render(<Page title="Change action 1.2.3" hasErrors={false} />);
    expect(document.title).toBe('Change action 1.2.3 – Belonging Tracker admin');
    rerender(<Page title="Change action 1.2.3" hasErrors />);
    expect(document.title).toBe('Error: Change action 1.2.3 – Belonging Tracker admin');
    rerender(<Page title="Change action 1.2.4" hasErrors />);
    expect(document.title).toBe('Error: Change action 1.2.4 – Belonging Tracker admin');
    rerender(<Page title="Change action 1.2.4" hasErrors={false} />);
    expect(document.title).toBe('Change action 1.2.4 – Belonging Tracker admin');
    rerender(<Page title="People" hasErrors />);
    unmount();
    render(<Page title="Audit trail" hasErrors={false} />);
    expect(document.title).toBe('Audit trail – Belonging Tracker admin');
  });
});
