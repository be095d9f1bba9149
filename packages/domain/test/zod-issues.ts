import type { z } from 'zod';

export interface TIssue {
  path: string;
  message: string;
}

/** Every issue a refused input raises, path dotted ('scores.0.score'); empty when it is accepted. */
export function issuesOf(schema: z.ZodType, input: unknown): TIssue[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The parsed value of an input that must be accepted; a refusal fails the test with its messages. */
export function accepted<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(`Refused: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return result.data;
}

/** A string of `length` characters, for length limits. */
export const chars = (length: number, fill = 'x') => fill.repeat(length);
