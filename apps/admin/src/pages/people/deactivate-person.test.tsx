import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { DeactivatePerson } from './deactivate-person.tsx';

afterEach(cleanup);

const LEAVER = {
  id: 'u1',
  name: 'Ann Leaver',
  roles: ['board_member'],
  liveActionCount: 0,
  liveKpiCount: 0,
};

describe('deactivating a person by keyboard', () => {
  it('moves focus to the question when it opens and back to the Deactivate button on Cancel', () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <MemoryRouter>
          <DeactivatePerson person={LEAVER} others={[]} />
        </MemoryRouter>
      </Api>,
    );
    const open = screen.getByRole('button', { name: 'Deactivate Ann Leaver' });
    open.focus();
    fireEvent.click(open);
    const question = screen.getByRole('heading', { name: /Deactivate Ann Leaver\?$/ });
    expect(document.activeElement).toBe(question);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Deactivate Ann Leaver' }),
    );
  });
});
