import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CharacterCount, characterCountWords, isNearLimit } from './character-count.tsx';

describe('character counts, shown before the limit is hit', () => {
  afterEach(cleanup);

  it.each([
    ['an empty box says the whole limit is left', 0, 5000, 'You have 5,000 characters remaining'],
    ['one left is singular', 1999, 2000, 'You have 1 character remaining'],
    ['exactly at the limit nothing is left', 2000, 2000, 'You have 0 characters remaining'],
    ['one over says how many too many', 2001, 2000, 'You have 1 character too many'],
  ])('%s', (_name, length, max, words) => {
    expect(characterCountWords(length, max)).toBe(words);
  });

  it.each([
    ['below 90% it is shown, not announced', 4499, false],
    ['from 90% it is announced as it changes', 4500, true],
  ])('%s', (_name, length, near) => {
    expect(isNearLimit(length, 5000)).toBe(near);
  });

  it('marks too many in words as well as colour', () => {
    render(<CharacterCount id="risks" value={'x'.repeat(12)} max={10} />);
    const count = screen.getByTestId('risks-count');
    expect(count.textContent).toBe('You have 2 characters too many');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.className).toContain('bt-character-count--over');
  });
});
