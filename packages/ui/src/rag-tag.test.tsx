import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RagTag } from './rag-tag.tsx';

describe('RagTag', () => {
  it.each([
    ['red', 'Red'],
    ['amber', 'Amber'],
    ['green', 'Green'],
    ['blue', 'Blue'],
    ['grey', 'Not rated'],
  ] as const)('shows %s with the word "%s", not colour alone', (rag, word) => {
    render(<RagTag rag={rag} />);
    const tag = screen.getByText(word);
    expect(tag.getAttribute('data-rag')).toBe(rag);
    expect(tag.className).toContain('nhsuk-tag');
  });
});
