import type { TFieldErrors } from '@belonging/client';

/** Keys whose value is plain text (not a union of codes), so a text box can set them. */
type TTextKey<T> = {
  [K in keyof T]: T[K] extends string ? (string extends T[K] ? K : never) : never;
}[keyof T] &
  string;

/** The id, value, message and change handler that tie a text box to one text field of a form. */
export function textFieldProps<T extends object>(
  values: T,
  setValues: (next: T) => void,
  errors: TFieldErrors,
) {
  return (key: TTextKey<T>) => ({
    id: key,
    // TTextKey keeps only keys whose value is a string; TypeScript cannot see that through T.
    value: values[key] as string,
    error: errors[key],
    onChange: (event: { target: { value: string } }) =>
      setValues({ ...values, [key]: event.target.value }),
  });
}
