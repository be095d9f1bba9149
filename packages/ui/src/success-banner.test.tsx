import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SuccessBanner } from './success-banner.tsx';

afterEach(cleanup);

describe('the success banner', () => {
  it('is a polite status, not an assertive alert, and takes focus only when asked', () => {
    const { rerender } = render(
      <SuccessBanner id="saved">
        <p>Saved.</p>
      </SuccessBanner>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status', { name: 'Success' }).textContent).toContain('Saved.');
    expect(document.activeElement).toBe(document.body);
    rerender(
      <SuccessBanner id="imported" focus>
        <p>3 measurements have been imported.</p>
      </SuccessBanner>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Success' }));
  });
});
