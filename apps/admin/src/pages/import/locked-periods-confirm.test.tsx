import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockedPeriodsConfirm } from './locked-periods-confirm.tsx';
import { mergeLockedPeriods } from './use-import.ts';

afterEach(cleanup);

describe('values for a locked quarter in the import preview', () => {
  it('says what importing into the locked quarter does, and asks for a tick', () => {
    const onChange = vi.fn();
    render(
      <LockedPeriodsConfirm
        periods={[{ label: '2026/27 Q2', rowCount: 1200, firstLine: 14 }]}
        ticked={false}
        onChange={onChange}
      />,
    );
    expect(
      screen.getByText(
        '2026/27 Q2 is locked: the board’s snapshot will not change; the live figures will. 1,200 rows of the file are for it, from line 14.',
      ),
    ).toBeTruthy();
    const box = screen.getByRole('checkbox', {
      name: /^I understand: import the values for 2026\/27 Q2/,
    });
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('adds up each quarter’s rows across the batches the file was checked in', () => {
    expect(
      mergeLockedPeriods([
        [{ label: '2026/27 Q2', rowCount: 3, firstLine: 900 }],
        [
          { label: '2026/27 Q1', rowCount: 1, firstLine: 1500 },
          { label: '2026/27 Q2', rowCount: 2, firstLine: 1001 },
        ],
      ]),
    ).toEqual([
      { label: '2026/27 Q2', rowCount: 5, firstLine: 900 },
      { label: '2026/27 Q1', rowCount: 1, firstLine: 1500 },
    ]);
  });
});
