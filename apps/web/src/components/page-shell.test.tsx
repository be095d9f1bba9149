import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoBanner } from './demo-banner.tsx';
import { Flash } from './flash.tsx';
import { loadingText } from './messages.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';

afterEach(cleanup);

function PeriodPage() {
  useFocusMainOnNavigate();
  const [params, setParams] = useSearchParams();
  return (
    <main id="maincontent" tabIndex={-1}>
      <p>Showing {params.get('period') ?? 'the current period'}</p>
      <button type="button" onClick={() => setParams({ period: 'q2' })}>
        Show report
      </button>
    </main>
  );
}

describe('focus after a change of page', () => {
  it('leaves focus alone on the first load, then moves it to the main content when only the search changes', () => {
    render(
      <MemoryRouter initialEntries={['/report']}>
        <Routes>
          <Route path="report" element={<PeriodPage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(document.activeElement).toBe(document.body);
    const button = screen.getByRole('button', { name: 'Show report' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(screen.getByText('Showing q2')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('the demo data banner', () => {
  it('is a region named "Demo data" with no heading, so the page h1 is the first heading', () => {
    render(<DemoBanner organisation="Northshire Demo Trust" />);
    expect(screen.getByRole('region', { name: 'Demo data' }).textContent).toContain(
      'Northshire Demo Trust is a demonstration.',
    );
    expect(screen.queryAllByRole('heading')).toEqual([]);
  });
});

describe('the saved message after a change of page', () => {
  it('is a polite status, not an assertive alert', () => {
    render(
      <MemoryRouter
        initialEntries={[{ pathname: '/', state: { flash: 'Your update has been saved.' } }]}
      >
        <Flash />
      </MemoryRouter>,
    );
    expect(screen.getByRole('status', { name: 'Success' }).textContent).toContain(
      'Your update has been saved.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('loadingText', () => {
  it.each([
    ['page', 'Loading the page…'],
    ['board report', 'Loading the board report…'],
    ['your actions', 'Loading your actions…'],
    ['the strategy', 'Loading the strategy…'],
  ])('says "%s" without a doubled determiner', (what, text) => {
    expect(loadingText(what)).toBe(text);
  });
});
