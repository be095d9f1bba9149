import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MoveButtons, movedIds } from './move-buttons.tsx';

afterEach(cleanup);

describe('moving an item among its siblings', () => {
  it('swaps with the neighbour above or below and leaves the ends alone', () => {
    expect(movedIds(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedIds(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(movedIds(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('offers only "Move down" on the first item and names the item for screen readers', () => {
    const onMove = vi.fn();
    render(
      <MoveButtons
        id="x"
        label="Ambition 1: Inclusive culture"
        index={0}
        count={3}
        onMove={onMove}
        busy={false}
      />,
    );
    expect(screen.queryByRole('button', { name: /Move up/ })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Move down Ambition 1: Inclusive culture' }),
    );
    expect(onMove).toHaveBeenCalledWith(1);
  });

  it('keeps the buttons focusable but inert while a move is being saved', () => {
    const onMove = vi.fn();
    render(<MoveButtons id="x" label="item" index={1} count={3} onMove={onMove} busy />);
    const up = screen.getByRole('button', { name: 'Move up item' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    expect(onMove).not.toHaveBeenCalled();
  });
});
