import { EDS_OUTCOMES } from '@belonging/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EdsComparison } from './eds-comparison.tsx';

afterEach(cleanup);

const scores = (values: number[]) =>
  EDS_OUTCOMES.map((outcome, i) => ({ outcome, score: values[i] ?? 0 }));

describe('EdsComparison', () => {
  it('shows each outcome last year and this year with the change in words, and the totals', () => {
    render(
      <EdsComparison
        year="2025/26"
        previousYear="2024/25"
        last={scores([2, 1, 2, 2, 1, 1, 2, 1, 2, 1, 1])}
        now={scores([2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 0])}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'EDS 2022 outcome scores, 2024/25 and 2025/26',
    });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/^1A:/)).toEqual(['2', '2', 'no change']);
    expect(cells(/^1B:/)).toEqual(['1', '2', 'up 1']);
    expect(cells(/^3C:/)).toEqual(['1', '0', 'down 1']);
    expect(cells(/^Total/)).toEqual(['16', '18', 'up 2']);
  });

  it('says when there is no previous year to compare with', () => {
    render(<EdsComparison year="2023/24" previousYear="2022/23" last={[]} now={scores([1])} />);
    expect(screen.getByText('There is no 2022/23 assessment to compare with.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
