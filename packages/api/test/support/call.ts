import { TRPCError } from '@trpc/server';
import { appRouter } from '../../src/root.ts';
import type { Caller } from './index.ts';

type Callable = (input: unknown) => Promise<unknown>;

/** Every procedure of the router by dotted path, with whether it reads or writes. */
export function allProcedures(): { path: string; type: 'query' | 'mutation' | 'subscription' }[] {
  return Object.entries(
    appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: 'query' | 'mutation' | 'subscription' } }
    >,
  )
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

type Parser = { safeParse: (value: unknown) => { success: boolean } };

/** The zod schema a procedure validates its input with, or null when it takes none. */
export function inputSchemaOf(path: string): Parser | null {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: unknown[] } }
  >;
  const parser = procedures[path]?._def.inputs[0];
  return parser && typeof (parser as Partial<Parser>).safeParse === 'function'
    ? (parser as Parser)
    : null;
}

/** Calls a procedure by its dotted path, as the apps would by name. */
export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  return (target as Callable)(input);
}

export type Outcome = 'OK' | TRPCError['code'];

/** 'OK', or the tRPC error code the call ended with; anything else is rethrown. */
export async function outcomeOf(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  try {
    await callPath(caller, path, input);
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The tRPC error a call fails with; fails the test if it succeeds. */
export async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The field messages an ApiError carried, if the error came from one. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> {
  const cause = error.cause as { fieldErrors?: Record<string, string[]> } | undefined;
  return cause?.fieldErrors ?? {};
}

/** The recovery data an ApiError carried (e.g. the current version on a conflict). */
export function detailsOf(error: TRPCError): Record<string, unknown> {
  const cause = error.cause as { data?: Record<string, unknown> } | undefined;
  return cause?.data ?? {};
}
