import { TextInput } from '@belonging/ui';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { textFieldProps } from './text-field-props.ts';

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
