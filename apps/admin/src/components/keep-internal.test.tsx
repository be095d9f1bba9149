import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../test/with-api.tsx';
import { KeepInternal } from './keep-internal.tsx';

afterEach(cleanup);

function renderToggle(entity: 'commitment' | 'action' | 'kpi', isInternal: boolean) {
  const Api = makeApiWrapper();
  render(
    <Api>
      <KeepInternal entity={entity} id="item_1" name="Action 1.2.3" isInternal={isInternal} />
    </Api>,
  );
  return screen.getByRole<HTMLInputElement>('checkbox', { name: 'Internal: never published' });
}

describe('marking an item internal', () => {
  it('starts from the item’s own flag and says what stays off the public page with it', () => {
    const box = renderToggle('action', true);
    expect(box.checked).toBe(true);
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Keeps Action 1.2.3 off the public progress page, with its milestones. The board report and the tracker still show it.',
    );
  });

  it('names a commitment’s actions and KPIs as going with it', () => {
    const box = renderToggle('commitment', false);
    expect(box.checked).toBe(false);
    expect(document.getElementById('field-setting-hint')?.textContent).toContain(
      'with its actions and KPIs',
    );
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Save the public page setting' })).toBeTruthy();
  });
});
