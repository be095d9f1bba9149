import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkbox } from './checkbox.tsx';

afterEach(cleanup);

describe('a single checkbox', () => {
  it('is named by its label, described by its hint, and says when it is ticked', () => {
    const ticks: boolean[] = [];
    render(
      <Checkbox
        id="keep-inside"
        label="Keep it inside"
        hint="It will not be published"
        checked={false}
        onChange={(checked) => ticks.push(checked)}
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Keep it inside' });
    expect(box.getAttribute('aria-describedby')).toBe('keep-inside-hint');
    expect(document.getElementById('keep-inside-hint')?.textContent).toBe(
      'It will not be published',
    );
    fireEvent.click(box);
    expect(ticks).toEqual([true]);
  });

  it('names no hint when it has none', () => {
    render(<Checkbox id="plain" label="Plain" checked onChange={() => undefined} />);
    const box = screen.getByRole('checkbox', { name: 'Plain' });
    expect(box.hasAttribute('aria-describedby')).toBe(false);
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
