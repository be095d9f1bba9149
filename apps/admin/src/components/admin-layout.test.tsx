import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../test/with-api.tsx';
import { AdminLayout } from './admin-layout.tsx';

afterEach(cleanup);

function renderAt(path: string) {
  const Api = makeApiWrapper();
  render(
    <Api>
      <MemoryRouter initialEntries={[path]}>
        <AdminLayout>
          <Link to="/strategy">Strategy page</Link>
          <Link to="/kpis">KPIs page</Link>
        </AdminLayout>
      </MemoryRouter>
    </Api>,
  );
}

describe('focus after a page change', () => {
  it('leaves focus alone on the first load, then moves it to main on every later page change, including back to the first page', () => {
    renderAt('/strategy');
    const main = document.getElementById('maincontent');
    expect(main).not.toBeNull();
    expect(document.activeElement).not.toBe(main);

    const kpis = screen.getByRole('link', { name: 'KPIs page' });
    kpis.focus();
    fireEvent.click(kpis);
    expect(document.activeElement).toBe(main);

    const strategy = screen.getByRole('link', { name: 'Strategy page' });
    strategy.focus();
    fireEvent.click(strategy);
    expect(document.activeElement).toBe(main);
  });
});
