import { parseActionFilter } from '@belonging/domain';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_FILTER_FIELDS } from '../pages/my-actions-filters.ts';
import { FilterCount, FilterForm, NoMatches } from './filter-form.tsx';

const NOUN = { one: 'action', many: 'actions' };

function Harness() {
  const [params] = useSearchParams();
  const { search } = useLocation();
  return (
    <>
      <FilterForm
        label="Filter actions"
        fields={ACTION_FILTER_FIELDS}
        values={parseActionFilter(params)}
        keep={['period']}
      />
      <NoMatches total={24} noun={NOUN} keep={['period']} />
      <output data-testid="search">{search}</output>
    </>
  );
}

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Harness />
    </MemoryRouter>,
  );

describe('FilterForm', () => {
  afterEach(cleanup);

  it('labels every choice and shows the filter in the address, an unknown value as "any"', () => {
    renderAt('/actions?status=complete&rag=purple&q=board');
    expect(screen.getByRole('search', { name: 'Filter actions' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Status').value).toBe('complete');
    expect(screen.getByLabelText<HTMLSelectElement>('Colour').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(/Code or title contains/).value).toBe('board');
  });

  it('puts the chosen filter in the address, keeping the period and dropping blank parts', () => {
    renderAt('/report?period=p1&status=complete');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: 'overdue' } });
    fireEvent.change(screen.getByLabelText(/Code or title contains/), {
      target: { value: '  pay gap ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByTestId('search').textContent).toBe('?period=p1&q=pay+gap&due=overdue');
    expect(screen.getByLabelText<HTMLSelectElement>('Due').value).toBe('overdue');
  });

  it('clears the filters but keeps the period, and says how many clearing would show', () => {
    renderAt('/report?period=p1&rag=red');
    const clear = screen.getAllByRole('link', { name: 'Clear filters' });
    expect(clear.map((l) => l.getAttribute('href'))).toEqual([
      '/report?period=p1',
      '/report?period=p1',
    ]);
    expect(screen.getByTestId('no-matches').textContent).toBe(
      'No actions match these filters. Clear filters to see all 24 actions.',
    );
    fireEvent.click(clear[0] as HTMLElement);
    expect(screen.getByTestId('search').textContent).toBe('?period=p1');
  });
});

describe('FilterCount', () => {
  afterEach(cleanup);

  it('says the count in words, politely announced', () => {
    render(<FilterCount shown={4} total={24} noun={NOUN} />);
    expect(screen.getByRole('status').textContent).toBe('Showing 4 of 24 actions');
  });
});
