import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { PublishedNow, type TPublished } from './published-now.tsx';

afterEach(cleanup);

const PUBLISHED: TPublished = {
  periodLabel: '2026/27 Q2',
  publishedAt: new Date('2026-11-02T10:15:00Z'),
  publishedBy: { name: 'Edith Lead' },
  payload: {
    period: { label: '2026/27 Q2', startDate: '2026-07-01', endDate: '2026-09-30' },
    workforce: null,
  },
};

function renderNow(published: TPublished | null) {
  const Api = makeApiWrapper();
  render(
    <Api>
      <PublishedNow slug="demo-partnership" published={published} onUnpublished={() => undefined} />
    </Api>,
  );
}

describe('what is published now', () => {
  it('says nothing is public, and that the address answers not found, before a first publication', () => {
    renderNow(null);
    expect(screen.getByText(/^Nothing is published\./).textContent).toContain(
      '/p/demo-partnership answers “page not found”',
    );
    expect(screen.queryByRole('button', { name: 'Unpublish the page' })).toBeNull();
  });

  it('names the period covered, when and by whom, and links to the public page', () => {
    renderNow(PUBLISHED);
    const rows = [...document.querySelectorAll('.nhsuk-summary-list__row')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows).toContainEqual([
      'Period covered',
      '2026/27 Q2 (1 July 2026 to 30 September 2026)',
    ]);
    expect(rows).toContainEqual(['Published by', 'Edith Lead']);
    expect(rows).toContainEqual(['Workforce figures', 'None']);
    expect(rows.find(([key]) => key === 'Published on')?.[1]).toMatch(/2 November 2026/);
    expect(
      screen
        .getByRole('link', { name: 'Open the public page at /p/demo-partnership' })
        .getAttribute('href'),
    ).toBe('/p/demo-partnership');
  });

  it('asks before unpublishing, with focus on the question and back on Cancel', () => {
    renderNow(PUBLISHED);
    const open = screen.getByRole('button', { name: 'Unpublish the page' });
    open.focus();
    fireEvent.click(open);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: /Unpublish the public page\?$/ }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unpublish the page' }));
  });
});
