import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PendingButton } from './pending-button.tsx';
import { StatusMessage, SuccessBanner } from './success-banner.tsx';

describe('PendingButton', () => {
  it('keeps focus on itself while its request runs, marked aria-disabled rather than disabled', () => {
    const onClick = vi.fn();
    const { rerender } = render(
      <PendingButton pending={false} onClick={onClick}>
        Add comment
      </PendingButton>,
    );
    const button = screen.getByRole('button', { name: 'Add comment' });
    button.focus();
    rerender(
      <PendingButton pending onClick={onClick}>
        Add comment
      </PendingButton>,
    );
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('does not submit its form again while pending, and submits once the request has finished', () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { rerender } = render(
      <form onSubmit={onSubmit}>
        <PendingButton type="submit" pending>
          Save
        </PendingButton>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    rerender(
      <form onSubmit={onSubmit}>
        <PendingButton type="submit" pending={false}>
          Save
        </PendingButton>
      </form>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save.hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(save);
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});

describe('SuccessBanner and StatusMessage', () => {
  it('draws the status region before there is news, so the news is announced politely', () => {
    const { rerender } = render(<SuccessBanner id="saved" />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(
      <SuccessBanner id="saved">
        <p>Value recorded.</p>
      </SuccessBanner>,
    );
    expect(screen.getByRole('status', { name: 'Success' })).toBe(region);
    expect(region.textContent).toContain('Value recorded.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an outcome in a status region that is there, hidden and empty, beforehand', () => {
    const { rerender } = render(<StatusMessage message="" />);
    const status = screen.getByRole('status');
    expect(status.className).toBe('nhsuk-u-visually-hidden');
    rerender(<StatusMessage message="Comment added." />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Comment added.');
  });
});
