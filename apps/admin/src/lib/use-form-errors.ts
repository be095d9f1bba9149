import { useState } from 'react';
import { describeServerError, fieldErrorsFromZod, type FieldErrors } from './form-errors.ts';
import { useErrorInTitle } from './use-page-title.ts';

/** A form's errors from its own check (the shared zod schema) or from the API, for the error summary. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  useErrorInTitle(Object.keys(errors).length > 0 || message !== null);
  const clear = () => {
    setErrors({});
    setMessage(null);
  };
  const fromZod = (error: Parameters<typeof fieldErrorsFromZod>[0]) => {
    setErrors(fieldErrorsFromZod(error));
    setMessage(null);
  };
  return {
    errors,
    message,
    clear,
    fromZod,
    /** The form's values when the shared schema accepts them (errors cleared); otherwise shows why and gives null. */
    check<T>(
      parsed:
        | { success: true; data: T }
        | { success: false; error: Parameters<typeof fieldErrorsFromZod>[0] },
    ): T | null {
      if (!parsed.success) {
        fromZod(parsed.error);
        return null;
      }
      clear();
      return parsed.data;
    },
    fromServer: (error: unknown) => {
      const described = describeServerError(error);
      setErrors(described.fields);
      setMessage(described.message);
    },
  };
}
