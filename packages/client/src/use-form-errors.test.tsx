import { ZCommentInput } from '@belonging/domain';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/api-errors.ts';
import { useFormErrors } from './use-form-errors.ts';

describe('useFormErrors().check', () => {
  it('gives the parsed input and clears old messages when the schema and extra checks pass', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.setErrors({ body: 'Old message' }));
    let input: unknown;
    act(() => {
      input = result.current.check(
        ZCommentInput.safeParse({ actionId: 'act_1', body: 'On track' }),
      );
    });
    expect(input).toEqual({ actionId: 'act_1', body: 'On track' });
    expect(result.current.errors).toEqual({});
  });

  it('refuses a valid input when an extra check fails, showing that message', () => {
    const { result } = renderHook(() => useFormErrors());
    let input: unknown;
    act(() => {
      input = result.current.check(
        ZCommentInput.safeParse({ actionId: 'act_1', body: 'On track' }),
        { body: 'Too late' },
      );
    });
    expect(input).toBeNull();
    expect(result.current.errors).toEqual({ body: 'Too late' });
  });

  it('lets an extra check replace the schema message on the same field', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => {
      result.current.check(ZCommentInput.safeParse({ actionId: 'act_1', body: '' }), {
        body: 'Write your comment',
      });
    });
    expect(result.current.errors).toEqual({ body: 'Write your comment' });
  });

  it('shows the schema message per field when the input is invalid', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => {
      result.current.check(ZCommentInput.safeParse({ actionId: 'act_1', body: '' }));
    });
    expect(Object.keys(result.current.errors)).toEqual(['body']);
  });
});

describe('useFormErrors().showServerError', () => {
  it('puts the generic message on the named field when the request never reached the API', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.showServerError(new TypeError('Failed to fetch'), 'email'));
    expect(result.current.errors).toEqual({
      email: 'Sorry, there is a problem with the service. Check your connection and try again.',
    });
  });
});

describe('useFormErrors().fromServer', () => {
  it('puts the API’s field messages on their fields, with a summary line above them', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() =>
      result.current.fromServer(
        apiError('Invalid', { code: 'BAD_REQUEST', fieldErrors: { email: ['Already used'] } }),
      ),
    );
    expect(result.current.errors).toEqual({ email: 'Already used' });
    expect(result.current.message).toBe('Check the answers marked below.');
  });

  it('is cleared by a later check that passes', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.fromServer(apiError('Locked', { code: 'CONFLICT' })));
    expect(result.current.message).toBe('Locked');
    act(() => {
      result.current.check(ZCommentInput.safeParse({ actionId: 'act_1', body: 'On track' }));
    });
    expect(result.current.message).toBeNull();
    expect(result.current.errors).toEqual({});
  });
});
