import { ZCommentInput } from '@belonging/domain';
import { TextInput } from '@belonging/ui';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { textFieldProps, useFormErrors } from './use-form-errors.ts';

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

function NameForm() {
  const [form, setForm] = useState({ name: '', code: 'a' as 'a' | 'b' });
  const text = textFieldProps(form, setForm, { name: 'Enter a name' });
  return (
    <>
      <TextInput {...text('name')} label="Name" />
      <output>{`${form.name}|${form.code}`}</output>
    </>
  );
}

describe('textFieldProps', () => {
  it('ties a text box to its field: id, value, message, and typing updates only that field', () => {
    render(<NameForm />);
    const input = screen.getByLabelText('Name');
    expect(input.id).toBe('name');
    expect(document.getElementById('name-error')?.textContent).toBe('Error: Enter a name');
    fireEvent.change(input, { target: { value: 'Ada' } });
    expect(screen.getByText('Ada|a')).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('Ada');
  });
});
