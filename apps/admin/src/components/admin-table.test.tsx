import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminTable } from './admin-table.tsx';

afterEach(cleanup);

function renderPeriods(captionClassName?: string) {
  return render(
    <AdminTable
      caption="Periods, newest first"
      captionClassName={captionClassName}
      headers={['Period', 'Status', <span className="nhsuk-u-visually-hidden">Controls</span>]}
      id="periods"
    >
      <tr className="nhsuk-table__row">
        <td className="nhsuk-table__cell">2025/26 Q1</td>
        <td className="nhsuk-table__cell">Locked</td>
        <td className="nhsuk-table__cell">
          <button type="button">Change</button>
        </td>
      </tr>
    </AdminTable>,
  );
}

describe('admin table frame', () => {
  it('is named by its caption and sits in the NHS scrolling container, so it scrolls at 320px', () => {
    renderPeriods();
    const table = screen.getByRole('table', { name: 'Periods, newest first' });
    expect(table.className).toBe('nhsuk-table');
    expect(table.id).toBe('periods');
    expect(table.parentElement?.className).toBe('nhsuk-table-container');
  });

  it('shows the caption as a medium heading unless told to hide it behind a visible heading', () => {
    renderPeriods();
    expect(screen.getByText('Periods, newest first').className).toBe(
      'nhsuk-table__caption nhsuk-table__caption--m',
    );
    cleanup();
    renderPeriods('nhsuk-u-visually-hidden');
    const caption = screen.getByText('Periods, newest first');
    expect(caption.className).toBe('nhsuk-table__caption nhsuk-u-visually-hidden');
    expect(screen.getByRole('table', { name: 'Periods, newest first' })).toBeDefined();
  });

  it('makes every header a column header, a hidden one still naming its column', () => {
    renderPeriods();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Period', 'Status', 'Controls']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.every((h) => h.className === 'nhsuk-table__header')).toBe(true);
  });

  it('puts the given rows in the body, under the header row', () => {
    renderPeriods();
    const [head, body] = screen.getAllByRole('rowgroup');
    expect(head?.className).toBe('nhsuk-table__head');
    expect(body?.className).toBe('nhsuk-table__body');
    const rows = within(body ?? document.body).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['2025/26 Q1LockedChange']);
  });
});

describe('admin table frame at 320 px', () => {
  it('takes focus as a region named by its caption once the table is wider than its box', () => {
    const proto = HTMLElement.prototype;
    const saved = Object.getOwnPropertyDescriptor(proto, 'scrollWidth');
    Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => 600 });
    try {
      renderPeriods();
      const box = screen.getByRole('region', { name: 'Periods, newest first' });
      expect(box.getAttribute('tabindex')).toBe('0');
    } finally {
      if (saved) Object.defineProperty(proto, 'scrollWidth', saved);
      else Reflect.deleteProperty(proto, 'scrollWidth');
    }
  });
});
