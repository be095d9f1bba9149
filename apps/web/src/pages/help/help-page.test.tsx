import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpPage } from './help-page.tsx';

describe('HelpPage', () => {
  afterEach(cleanup);

  it('lists every section in its contents, each link leading to a heading that can take focus', () => {
    render(
      <MemoryRouter initialEntries={['/help']}>
        <HelpPage />
      </MemoryRouter>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'What the colours mean',
      'How each colour is worked out',
      'SPC: the Making Data Count icons',
      'Relative likelihood and the non-adverse band',
      'How small numbers are hidden',
    ]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(target?.tagName).toBe('H2');
      expect(target?.textContent).toBe(link.textContent);
      expect(target?.getAttribute('tabindex')).toBe('-1');
    }
  });

  it('names every colour in words, the 0.80 to 1.25 band and the small-number threshold', () => {
    render(
      <MemoryRouter initialEntries={['/help']}>
        <HelpPage />
      </MemoryRouter>,
    );
    for (const word of ['Red', 'Amber', 'Green', 'Blue', 'Not rated']) {
      expect(screen.getAllByText(word, { selector: 'strong' }).length).toBeGreaterThan(0);
    }
    expect(document.body.textContent).toMatch(/Between 0\.80 and 1\.25 is the non-adverse band/);
    expect(document.body.textContent).toMatch(/fewer than 10 people/);
    expect(screen.getByText('Hit or miss')).toBeTruthy();
  });

  it('focuses the section a link from another page points at', () => {
    render(
      <MemoryRouter initialEntries={['/help#spc']}>
        <HelpPage />
      </MemoryRouter>,
    );
    expect(document.activeElement?.id).toBe('spc');
  });
});
