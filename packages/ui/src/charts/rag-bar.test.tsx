import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeRagBar, RagBar } from './rag-bar.tsx';

const counts = { red: 3, amber: 5, green: 12, blue: 1, grey: 0 };

describe('RagBar', () => {
  it('is one image named with every count in words', () => {
    render(<RagBar label="Ambition 1: Inclusive culture" counts={counts} />);
    expect(
      screen.getByRole('img', {
        name: 'Ambition 1: Inclusive culture, 21 items: 3 red, 5 amber, 12 green, 1 blue (complete)',
      }),
    ).toBeTruthy();
  });

  it('writes the word and number on each wide segment, worst first, and sizes it by its count', () => {
    const { container } = render(<RagBar label="Ambition 1" counts={counts} />);
    const segments = [...container.querySelectorAll<HTMLElement>('.bt-rag-bar__segment[data-rag]')];
    expect(segments.map((s) => s.dataset.rag)).toEqual(['red', 'amber', 'green', 'blue']);
    expect(segments.map((s) => s.textContent)).toEqual(['Red 3', 'Amber 5', 'Green 12', '']);
    expect(segments.map((s) => s.style.flexGrow)).toEqual(['3', '5', '12', '1']);
  });

  it('keeps every colour’s word in the key, even for a segment too narrow to write on', () => {
    const { container } = render(<RagBar label="Ambition 1" counts={counts} />);
    const key = container.querySelector('.bt-rag-bar__key');
    expect(key?.textContent).toBe('Red 3Amber 5Green 12Blue (complete) 1');
  });

  it('leaves out colours with no items and says so when nothing is rated', () => {
    const { container } = render(
      <RagBar label="Ambition 2" counts={{ red: 0, amber: 0, green: 0, blue: 0, grey: 0 }} />,
    );
    expect(screen.getByRole('img', { name: 'Ambition 2: nothing to rate' })).toBeTruthy();
    expect(container.querySelectorAll('.bt-rag-bar__segment')).toHaveLength(0);
  });

  it.each([
    [{ red: 0, amber: 0, green: 1, blue: 0, grey: 0 }, 'A, 1 item: 1 green'],
    [{ red: 0, amber: 0, green: 0, blue: 0, grey: 2 }, 'A, 2 items: 2 not rated'],
  ])('describes %o as "%s"', (given, words) => {
    expect(describeRagBar('A', given)).toBe(words);
  });
});
