import { useState } from 'react';
import { useReportErrorSummary } from './error-title.tsx';
import { schemaFieldErrors } from './form-errors.ts';
import { errorMessage, serverFieldErrors } from './trpc-errors.ts';

type TFieldErrors = Record<string, string>;

/** A `safeParse` result of one of the shared input schemas. */
type TParsed<T> =
  { success: true; data: T } | { success: false; error: Parameters<typeof schemaFieldErrors>[0] };

/** Keys whose value is plain text (not a union of codes), so a text box can set them. */
type TTextKey<T> = {
  [K in keyof T]: T[K] extends string ? (string extends T[K] ? K : never) : never;
}[keyof T] &
  string;

/**
 * A form's messages per field: from the shared schema (and any extra checks) before sending, and
 * from the API's answer after. One place, so every form checks and reports alike; while it has
 * messages (its error summary shows) the page title starts "Error: ".
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<TFieldErrors>({});
  useReportErrorSummary(Object.keys(errors).length > 0);

  /** The parsed input when it and the `extra` checks pass; otherwise shows the messages and returns null. */
  const check = <T>(parsed: TParsed<T>, extra: TFieldErrors = {}): T | null => {
    const found = { ...(parsed.success ? {} : schemaFieldErrors(parsed.error)), ...extra };
    if (!parsed.success || Object.keys(found).length) {
      setErrors(found);
      return null;
    }
    setErrors({});
    return parsed.data;
  };

  /** The API's messages per field; when it named no field, its message goes on `field`. */
  const showServerError = (error: unknown, field: string) => {
    const fields = serverFieldErrors(error);
    setErrors(Object.keys(fields).length ? fields : { [field]: errorMessage(error) });
  };

  return { errors, setErrors, check, showServerError };
}

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
