import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from './header.tsx';

afterEach(cleanup);

describe('the header’s account menu', () => {
  it('links to the person’s own settings beside their name when the app has the page', () => {
    render(
      <Header
        serviceName="Belonging Tracker"
        homeHref="/"
        account={{ name: 'Daniel Hart', onSignOut: () => undefined, settingsHref: '/settings' }}
      />,
    );
    const menu = within(screen.getByRole('navigation', { name: 'Account' }));
    expect(menu.getByRole('link', { name: 'Your settings' }).getAttribute('href')).toBe(
      '/settings',
    );
    expect(menu.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('offers no settings link when the app has no such page', () => {
    render(
      <Header
        serviceName="Belonging Tracker admin"
        homeHref="/"
        account={{ name: 'Ama Owusu', onSignOut: () => undefined }}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Your settings' })).toBeNull();
  });
});
