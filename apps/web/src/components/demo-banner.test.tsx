import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DemoBanner, isDemoBannerHidden } from './demo-banner.tsx';

describe('DemoBanner', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('is one labelled line with a hide button that says what it hides', () => {
    render(<DemoBanner organisation="Demo Partnership NHS Foundation Trust" />);
    const region = screen.getByRole('region', { name: 'Demo data' });
    expect(region.querySelectorAll('p')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Hide the demo data notice' })).toBeTruthy();
  });

  it('hides when asked and stays hidden on the next page, as this browser remembers', () => {
    const main = document.createElement('main');
    main.id = 'maincontent';
    main.tabIndex = -1;
    document.body.append(main);
    render(<DemoBanner organisation="Demo trust" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the demo data notice' }));
    expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull();
    // Focus is not lost with the button: it moves to the page's content.
    expect(document.activeElement).toBe(main);
    cleanup();
    render(<DemoBanner organisation="Demo trust" />);
    expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull();
    main.remove();
  });

  it.each([
    ['nothing stored: shown', null, false],
    ['hidden stored: hidden', '1', true],
  ])('%s', (_name, stored, hidden) => {
    expect(isDemoBannerHidden({ getItem: () => stored })).toBe(hidden);
  });

  it('shows the notice when storage is switched off', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(isDemoBannerHidden(refusing)).toBe(false);
    expect(isDemoBannerHidden(null)).toBe(false);
  });
});
