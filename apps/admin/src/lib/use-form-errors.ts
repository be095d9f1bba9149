import { useState } from 'react';
import { describeServerError, fieldErrorsFromZod, type FieldErrors } from './form-errors.ts';

/** A form's errors from its own check (the shared zod schema) or from the API, for the error summary. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  return {
    errors,
    message,
    clear: () => {
      setErrors({});
      setMessage(null);
    },
    fromZod: (error: Parameters<typeof fieldErrorsFromZod>[0]) => {
      setErrors(fieldErrorsFromZod(error));
      setMessage(null);
    },
    fromServer: (error: unknown) => {
      const described = describeServerError(error);
      setErrors(described.fields);
      setMessage(described.message);
    },
  };
}
