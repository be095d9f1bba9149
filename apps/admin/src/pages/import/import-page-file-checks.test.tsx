import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { findDuplicateRows } from '../../lib/import/rows.ts';
import { ImportProblems } from './import-problems.tsx';
import { ImportPage } from './import-page.tsx';

afterEach(cleanup);

function pick(file: File) {
  const input = screen.getByLabelText('Upload a file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
}

describe('the import page checks the file in the browser before sending anything', () => {
  it('refuses a 20.4 MB file by its size, in words, with no request sent', async () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <ImportPage />
      </Api>,
    );
    pick(
      new File([new Uint8Array(Math.round(20.4 * 1024 * 1024))], 'big.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByRole('link', {
        name: 'The file is 20.4 MB; the largest file you can import is 5 MB. Split it into smaller files.',
      }),
    ).toBeTruthy();
    expect(screen.queryByText(/PAYLOAD_TOO_LARGE/)).toBeNull();
  });

  it('says a workbook renamed .csv is not a CSV file', async () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <ImportPage />
      </Api>,
    );
    pick(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'data.csv'));
    expect(await screen.findByRole('link', { name: /^This is not a CSV file/ })).toBeTruthy();
  });
});

describe('numbers in the import flow', () => {
  it('groups thousands in line numbers and counts', () => {
    const problems = Array.from({ length: 1200 }, (_, i) => ({
      line: 10_000 + i,
      field: 'value',
      message: 'Enter the value',
    }));
    render(<ImportProblems problems={problems} />);
    expect(
      screen.getByText('Rows with problems (first 500 of 1,200: the report lists them all)'),
    ).toBeTruthy();
    expect(screen.getByText('Line 10,000')).toBeTruthy();
  });

  it('names a repeated line with its thousands separator', () => {
    const row = { kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1' };
    expect(
      findDuplicateRows([
        { line: 10_000, ...row },
        { line: 12_345, ...row },
      ]),
    ).toEqual([
      {
        line: 12_345,
        message: 'Duplicate of line 10,000: same KPI code, period end and group',
      },
    ]);
  });
});
