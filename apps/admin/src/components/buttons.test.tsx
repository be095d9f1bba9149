import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButtons, SmallButton, SmallLink } from './buttons.tsx';

afterEach(cleanup);

describe('row controls and confirmations', () => {
  it('names each small control for its item, so screen readers tell the rows apart', () => {
    const onClick = vi.fn();
    render(
      <MemoryRouter>
        <SmallButton text="Change" item="2025/26 Q1" onClick={onClick} />
        <SmallLink warning text="Lock" item="2025/26 Q1" to="/periods/p1/lock" />
      </MemoryRouter>,
    );
    // jsdom drops the space before the hidden words when it names the control; browsers keep it,
    // so the text is checked whole.
    const change = screen.getByRole('button', { name: /^Change/ });
    expect(change.textContent).toBe('Change 2025/26 Q1');
    fireEvent.click(change);
    expect(onClick).toHaveBeenCalledOnce();
    const lock = screen.getByRole('link', { name: /^Lock/ });
    expect(lock.textContent).toBe('Lock 2025/26 Q1');
    expect(lock.getAttribute('href')).toBe('/periods/p1/lock');
  });

  it('cancels with a link back when given a path, and with a button when given a handler', () => {
    const onCancel = vi.fn();
    const { rerender } = render(
      <MemoryRouter>
        <ConfirmButtons text="Yes, lock Q1" pending={false} onConfirm={vi.fn()} cancel="/periods" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe('/periods');
    const onConfirm = vi.fn();
    rerender(
      <MemoryRouter>
        <ConfirmButtons text="Yes, lock Q1" pending onConfirm={onConfirm} cancel={onCancel} />
      </MemoryRouter>,
    );
    // While the request runs the button keeps focus (a disabled one would drop it to the page)
    // and says it is unavailable; pressing it again sends nothing.
    const yes = screen.getByRole('button', { name: 'Yes, lock Q1' });
    yes.focus();
    expect(yes.hasAttribute('disabled')).toBe(false);
    expect(yes.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(yes);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(yes);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
