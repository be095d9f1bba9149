import { describe, expect, it } from 'vitest';
import { isFullReorder } from './sibling-order.ts';

const siblings = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('isFullReorder', () => {
  it.each([
    ['every child once, in a new order', ['c', 'a', 'b'], true],
    ['the same order again', ['a', 'b', 'c'], true],
    ['one child left out', ['a', 'b'], false],
    ['an id that is not a live child', ['a', 'b', 'x'], false],
    ['one child more than there are', ['a', 'b', 'c', 'x'], false],
  ])('%s', (_, ids, whole) => {
    expect(isFullReorder(ids, siblings)).toBe(whole);
  });

  it('an empty order is whole only for a parent with no children', () => {
    expect(isFullReorder([], [])).toBe(true);
    expect(isFullReorder([], siblings)).toBe(false);
  });
});
