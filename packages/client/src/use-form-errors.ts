import { useState } from 'react';
import { useReportErrorSummary } from './error-summaries.ts';
import {
  describeServerError,
  errorMessage,
  serverFieldErrors,
  type TFieldErrors,
} from './errors.ts';
import { schemaFieldErrors, type TSchemaError } from './form-errors.ts';

/** A `safeParse` result of one of the shared input schemas. */
type TParsed<T> = { success: true; data: T } | { success: false; error: TSchemaError };

/**
 * A form's messages per field (and a summary line), from the shared schema before sending and from
 * the API's answer after: one place, so every form in both apps checks and reports alike. While it
 * has any, the page title starts "Error: ".
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  useReportErrorSummary(Object.keys(errors).length > 0 || message !== null);

  const show = (fields: TFieldErrors, summary: string | null = null) => {
    setErrors(fields);
    setMessage(summary);
  };

  return {
    errors,
    message,
    setErrors: (fields: TFieldErrors) => show(fields),
    clear: () => show({}),
    /** The parsed input when it and the `extra` checks pass; otherwise shows the messages and gives null. */
    check: <T>(parsed: TParsed<T>, extra: TFieldErrors = {}): T | null => {
      const found = { ...(parsed.success ? {} : schemaFieldErrors(parsed.error)), ...extra };
      if (!parsed.success || Object.keys(found).length > 0) {
        show(found);
        return null;
      }
      show({});
      return parsed.data;
    },
    /** The API's messages per field; when it named none, its message goes on `field`. */
    showServerError: (error: unknown, field: string) => {
      const fields = serverFieldErrors(error);
      show(Object.keys(fields).length > 0 ? fields : { [field]: errorMessage(error) });
    },
    /** The API's messages per field, with a summary line above them. */
    fromServer: (error: unknown) => {
      const described = describeServerError(error);
      show(described.fields, described.message);
    },
  };
}

export type TFormErrors = ReturnType<typeof useFormErrors>;
