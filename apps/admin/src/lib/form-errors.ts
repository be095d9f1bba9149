import { TRPCClientError } from '@trpc/client';

/** Field name → the first message for it; the order of insertion is the order shown in the summary. */
export type FieldErrors = Record<string, string>;

/** The first message per field of a failed parse with the same schema the API validates with. */
export function fieldErrorsFromZod(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    out[key] ??= issue.message;
  }
  return out;
}

type ServerErrorData = {
  code?: string;
  zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null;
  fieldErrors?: Record<string, string[]> | null;
};

/** What the API said about a failed request: a summary line and any messages per field. */
export function describeServerError(error: unknown): {
  message: string;
  fields: FieldErrors;
  code: string | null;
} {
  const fields: FieldErrors = {};
  if (!(error instanceof TRPCClientError)) {
    return { message: 'Something went wrong. Please try again.', fields, code: null };
  }
  const data = (error.data ?? {}) as ServerErrorData;
  for (const [key, messages] of Object.entries(data.zodError?.fieldErrors ?? {})) {
    const first = messages?.[0];
    if (first) fields[key] ??= first;
  }
  for (const [key, messages] of Object.entries(data.fieldErrors ?? {})) {
    const first = messages[0];
    if (first) fields[key] ??= first;
  }
  const formError = data.zodError?.formErrors?.[0];
  const message =
    Object.keys(fields).length > 0
      ? 'Check the answers marked below.'
      : (formError ?? error.message);
  return { message, fields, code: data.code ?? null };
}

/** The shared error summary's items: each links to the field with id `field-<name>`. */
export function toErrorItems(fields: FieldErrors): { fieldId: string; message: string }[] {
  return Object.entries(fields).map(([name, message]) => ({ fieldId: `field-${name}`, message }));
}
