import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { AddPersonForm } from './add-person-form.tsx';

afterEach(cleanup);

function Page() {
  usePageTitle('People');
  return <AddPersonForm />;
}

describe('adding a person', () => {
  it('asks for their email address, not "your" email, and titles the page as an error until fixed', () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <Page />
      </Api>,
    );
    expect(document.title).toBe('People – Belonging Tracker admin');
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByRole('link', { name: 'Enter their email address' })).toBeTruthy();
    expect(screen.queryByText(/Enter your email address/)).toBeNull();
    expect(document.title).toBe('Error: People – Belonging Tracker admin');
  });
});
