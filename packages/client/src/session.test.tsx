import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, networkError } from '../test/api-errors.ts';
import { queryFailure, SessionExpired, signInPath } from './session.tsx';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('queryFailure', () => {
  it.each([
    ['UNAUTHORIZED', 'session-expired'],
    ['FORBIDDEN', 'refused'],
    ['NOT_FOUND', 'not-found'],
    ['BAD_REQUEST', 'problem'],
    ['INTERNAL_SERVER_ERROR', 'problem'],
  ])('reads %s as %s', (code, failure) => {
    expect(queryFailure(apiError('No', { code }))).toBe(failure);
  });

  it('reads a network failure as a problem with the service', () => {
    expect(queryFailure(networkError())).toBe('problem');
  });
});

describe('signInPath', () => {
  it('asks the shared sign-in page to come back to the page, query and all', () => {
    expect(signInPath('/admin/periods?year=2026')).toBe(
      '/sign-in?next=%2Fadmin%2Fperiods%3Fyear%3D2026',
    );
  });
});

describe('SessionExpired', () => {
  it('sends the person to sign in at once, to come back to the page they were on', () => {
    window.history.replaceState(null, '', '/admin/people?q=ada');
    const go = vi.fn();
    render(<SessionExpired go={go} />);
    expect(go).toHaveBeenCalledWith('/sign-in?next=%2Fadmin%2Fpeople%3Fq%3Dada');
    expect(screen.getByRole('status').textContent).toBe(
      'Your session has ended. Taking you to sign in…',
    );
    expect(screen.getByRole('link', { name: 'sign in' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fadmin%2Fpeople%3Fq%3Dada',
    );
  });
});
