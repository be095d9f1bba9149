import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportProblems } from '../pages/import/import-problems.tsx';

afterEach(cleanup);

describe('wide tables at 320px', () => {
  it('sit in the NHS scrolling container, so the table scrolls rather than the page', () => {
    render(<ImportProblems problems={[{ line: 3, field: 'value', message: 'Too big' }]} />);
    const table = screen.getByRole('table', { name: 'Rows with problems' });
    expect(table.parentElement?.className).toBe('nhsuk-table-container');
  });
});
