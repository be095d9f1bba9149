import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MovementText } from './movement-text.tsx';

describe('MovementText', () => {
  it.each([
    ['improved', 'Improved', '↑'],
    ['deteriorated', 'Deteriorated', '↓'],
    ['unchanged', 'No change', '→'],
    ['new', 'New', '•'],
  ] as const)(
    'shows %s as the word "%s" with the arrow %s hidden from screen readers',
    (movement, word, arrow) => {
      const { container } = render(<MovementText movement={movement} />);
      expect(screen.getByText(word, { exact: false }).textContent).toContain(word);
      const hidden = container.querySelector('[aria-hidden="true"]');
      expect(hidden?.textContent).toBe(arrow);
    },
  );

  it('says "Not rated" when there is no movement to show', () => {
    render(<MovementText movement={null} />);
    expect(screen.getByText('Not rated')).toBeTruthy();
  });
});
