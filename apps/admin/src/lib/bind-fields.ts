import type { Dispatch, SetStateAction } from 'react';
import type { TFieldErrors } from '@belonging/client';

// Only keys that hold any text: a key typed as a union of words is set through its own cast.
type TextKeys<T> = {
  [K in keyof T]: T[K] extends string ? (string extends T[K] ? K : never) : never;
}[keyof T] &
  string;

/**
 * Wires a field to one text value of a form by its name: `<TextField label="Title"
 * {...field('title')} />` gets the name, value, change handler and error message.
 */
export function bindFields<T extends object>(
  form: T,
  setForm: Dispatch<SetStateAction<T>>,
  errors: TFieldErrors,
) {
  return (name: TextKeys<T>) => ({
    name,
    value: form[name] as string, // TextKeys holds only the keys whose values are text
    onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })),
    error: errors[name],
  });
}
