import { z } from 'zod';

/** What a filter reads from the address: URLSearchParams has this shape. */
export type TParamSource = { get(name: string): string | null };

/**
 * One filter value from a shared link. A value the page does not offer (a stale or mistyped link)
 * is read as "any", so a link can narrow the list but never break the page.
 */
export function optionParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

/** Free text to search for: trimmed, at most 100 characters; blank means no search. */
export const ZSearchParam = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => {
    const trimmed = v?.trim().slice(0, 100) ?? '';
    return trimmed === '' ? undefined : trimmed;
  });

/** The named parameters of `source`, missing ones as undefined, ready for a filter schema. */
export function readParams(source: TParamSource, names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, source.get(n) ?? undefined]));
}

/**
 * The filter as address parameters, leaving out the ones set to "any", in a fixed order so the
 * same filter always has the same address.
 */
export function filterToParams(filter: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params.toString();
}

/** Whether any part of the filter is set. */
export function isFiltering(filter: Record<string, unknown>): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

/** "Showing 4 of 24 actions": the count of shown items in words. */
export function showingWords(
  shown: number,
  total: number,
  noun: { one: string; many: string },
): string {
  const word = total === 1 ? noun.one : noun.many;
  return shown === total ? `Showing all ${total} ${word}` : `Showing ${shown} of ${total} ${word}`;
}

/** Case-insensitive search over a few fields, every word of the search must appear somewhere. */
export function matchesSearch(search: string | undefined, fields: readonly string[]): boolean {
  if (!search) return true;
  const haystack = fields.join(' ').toLocaleLowerCase('en-GB');
  return search
    .toLocaleLowerCase('en-GB')
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}
