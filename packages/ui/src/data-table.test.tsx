import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './data-table.tsx';

/** jsdom lays nothing out: give every element the widths a 320 px screen would. */
function layOut(scrollWidth: number, clientWidth: number) {
  const proto = HTMLElement.prototype;
  const saved = [
    Object.getOwnPropertyDescriptor(proto, 'scrollWidth'),
    Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
  ] as const;
  Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => scrollWidth });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => clientWidth });
  return () => {
    if (saved[0]) Object.defineProperty(proto, 'scrollWidth', saved[0]);
    if (saved[1]) Object.defineProperty(proto, 'clientWidth', saved[1]);
  };
}

const table = (
  <DataTable
    caption="Every value"
    rows={[{ id: 'a', value: '41 days' }]}
    rowKey={(r) => r.id}
    columns={[
      { header: 'Period ending', rowHeader: true, cell: (r) => r.id },
      { header: 'Value', cell: (r) => r.value },
    ]}
  />
);

describe('DataTable at 320 px', () => {
  let restore = () => {};
  afterEach(() => {
    cleanup();
    restore();
  });

  it('a table wider than its box makes the box a focusable region named by the caption', () => {
    restore = layOut(600, 288);
    render(table);
    const box = screen.getByRole('region', { name: 'Every value' });
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.className).toContain('nhsuk-table-container');
  });

  it('a table that fits adds no tab stop and no region', () => {
    restore = layOut(288, 288);
    render(table);
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.querySelector('[tabindex]')).toBeNull();
  });
});
