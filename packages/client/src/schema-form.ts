import { zodResolver } from '@hookform/resolvers/zod';
import type { FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormSetError,
} from 'react-hook-form';
import { useReportErrorSummary } from './error-summaries.ts';
import { describeServerError, type TFieldErrors } from './errors.ts';

/** A form's check on submit: what people typed in, the input to send (or field errors) out. */
export type TFormResolver<TValues extends FieldValues, TOutput> = Resolver<
  TValues,
  unknown,
  TOutput
>;

/** The key under which a form keeps the API's summary line (`errors.root.server`). */
const SERVER = 'root.server';

/** One of the domain's zod schemas, as far as a resolver needs to know it. */
type TSchema<TOutput> = Parameters<typeof zodResolver>[0] & { _zod: { output: TOutput } };

/**
 * A react-hook-form resolver over one of the domain's input schemas. A form holds what people
 * type (text, until checked), so `toInput` shapes it for the schema first; `extra` adds checks the
 * schema cannot make (tags typed as a list). Field errors are keyed by the schema's paths.
 */
export function schemaResolver<TValues extends FieldValues, TOutput>(
  schema: TSchema<TOutput>,
  toInput: (values: TValues) => unknown,
  extra: (values: TValues) => TFieldErrors = () => ({}),
): TFormResolver<TValues, TOutput> {
  // The schema checks whatever `toInput` gives, as `safeParse` would: its input type is what passes.
  const resolve = zodResolver(schema) as unknown as TFormResolver<FieldValues, TOutput>;
  return async (values, context, options) => {
    const result = await resolve(
      toInput(values) as FieldValues,
      context,
      // The options name the form's fields for native validation, which these forms do not use.
      options as unknown as Parameters<typeof resolve>[2],
    );
    const found = extra(values);
    if (Object.keys(found).length === 0) {
      return result as Awaited<ReturnType<TFormResolver<TValues, TOutput>>>;
    }
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, message] of Object.entries(found))
      errors[field] = { type: 'extra', message };
    return { values: {}, errors: { ...result.errors, ...errors } as FieldErrors<TValues> };
  };
}

/** A form's errors as `path → first message`, in the order they were found; the API's line left out. */
export function fieldErrorsOf(errors: FieldErrors): TFieldErrors {
  const out: TFieldErrors = {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && path) out[path] ??= message;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      if (!path && key === 'root') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return out;
}

/** The API's summary line for a form, set by `showServerErrors`. */
export function serverMessageOf(errors: FieldErrors): string | null {
  const root = (errors as { root?: { server?: { message?: string } } }).root;
  return root?.server?.message ?? null;
}

/** Puts the API's messages on the same fields the schema's would go on, with its summary line. */
export function showServerErrors<TValues extends FieldValues>(
  setError: UseFormSetError<TValues>,
  error: unknown,
): void {
  const { message, fields } = describeServerError(error);
  for (const [field, text] of Object.entries(fields)) {
    setError(field as Parameters<typeof setError>[0], { type: 'server', message: text });
  }
  setError(SERVER, { type: 'server', message });
}

/** The same check, its checked input turned into something else (tagged with the form's mode). */
export function mapResolver<TValues extends FieldValues, TOutput, TMapped>(
  resolve: TFormResolver<TValues, TOutput>,
  map: (output: TOutput) => TMapped,
): TFormResolver<TValues, TMapped> {
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    return Object.keys(result.errors).length > 0
      ? { values: {}, errors: result.errors }
      : { values: map(result.values as TOutput), errors: {} };
  };
}

/**
 * react-hook-form for a form checked by a shared schema: it holds the values, checks them on
 * submit only (messages do not change while people type), and gives the errors keyed by field
 * for the error summary, which takes focus rather than the first field (the NHS pattern). While
 * any shows, the page title starts "Error: ".
 */
export function useSchemaForm<TValues extends FieldValues, TOutput>({
  defaultValues,
  resolver,
}: {
  defaultValues: DefaultValues<TValues>;
  resolver: TFormResolver<TValues, TOutput>;
}) {
  const form = useForm<TValues, unknown, TOutput>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = form.watch();
  const errors = fieldErrorsOf(form.formState.errors);
  const message = serverMessageOf(form.formState.errors);
  useReportErrorSummary(Object.keys(errors).length > 0 || message !== null);
  return {
    values,
    errors,
    message,
    /** Changes some values, as a field's change handler does (like a state setter, it takes an updater). */
    set: (patch: Partial<TValues> | ((current: TValues) => Partial<TValues>)) => {
      const changes = typeof patch === 'function' ? patch(form.getValues()) : patch;
      for (const [name, value] of Object.entries(changes)) {
        form.setValue(name as Path<TValues>, value as PathValue<TValues, Path<TValues>>);
      }
    },
    /** Back to the starting values, messages cleared (after a person is added, say). */
    reset: () => form.reset(),
    /** The form's submit handler: `send` gets the checked input; otherwise the errors show. */
    submit: (send: (input: TOutput) => void) => (event: FormEvent) => {
      // Only the input: react-hook-form would pass the event too, which `mutate` reads as options.
      void form.handleSubmit((input) => send(input))(event);
    },
    /** For a mutation's `onError`: the API's messages on their fields, and its summary line. */
    showServerErrors: (error: unknown) => showServerErrors(form.setError, error),
  };
}
