import { countAuditEventsMatching, countRowsByTable, testProviders } from '@belonging/db/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_AUTHZ_ROWS } from '../test/authz-rows/all-authz-rows.ts';
import { ROLE_CALLERS } from '../test/support/authz.ts';
import { allProcedures, inputSchemaOf, outcomeOf } from '../test/support/call.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

/** The answers a refused input may get: client errors, never a 500. */
const CLIENT_ERRORS = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'UNPROCESSABLE_CONTENT',
]);

const RUNS = 40;

/** Values that break types, limits, encodings and parsers. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    2 ** 31,
    2 ** 53 + 2,
    1e308,
    -1e308,
    0.5,
    '',
    '   ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\'; DROP TABLE "Action"; --',
    '<script>alert(1)</script>',
    'x'.repeat(100_000),
    '__proto__',
    '2024-02-30',
    '9999-12-31',
    '../../etc/passwd',
    'javascript:alert(1)',
    true,
    {},
    [],
    [[[]]],
    { $ne: null },
    JSON.parse('{"__proto__":{"isAdmin":true}}') as unknown,
    new Date(Number.NaN),
    new Date('1900-01-01'),
    new Date('9999-01-01'),
  ),
  fc.anything({
    withDate: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withTypedArray: true,
  }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.double(),
  fc.integer(),
);

/** Text that a careless schema would let through to the database, each tried in every field. */
const TRICKY_TEXT = [
  'a\u0000b',
  '\ud800 lone surrogate',
  'Robert\'); DROP TABLE "Action";--',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil right-to-left override',
  '😀'.repeat(3000),
  '%00%27%22',
];

/** A valid input with one field made hostile, one id swapped for a foreign one, or something else entirely. */
function hostileInput(valid: unknown, foreignIds: string[]) {
  const keys = valid && typeof valid === 'object' ? Object.keys(valid) : [];
  const idKeys = keys.filter((k) => /id$/i.test(k));
  const replaceOne = keys.length
    ? fc
        .record({ key: fc.constantFrom(...keys), value: hostileValue })
        .map(({ key, value }) => ({ ...(valid as object), [key]: value }))
    : hostileValue;
  const foreignId = idKeys.length
    ? fc
        .record({ key: fc.constantFrom(...idKeys), id: fc.constantFrom(...foreignIds) })
        .map(({ key, id }) => ({ input: { ...(valid as object), [key]: id }, shouldParse: true }))
    : null;
  const arbitraries = [
    replaceOne.map((input) => ({ input, shouldParse: false })),
    hostileValue.map((input) => ({ input, shouldParse: false })),
    ...(foreignId ? [foreignId] : []),
  ];
  return fc.oneof(...arbitraries);
}

describe.each(testProviders())('random and hostile inputs to every mutation, on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  const mutations = allProcedures().filter((p) => p.type === 'mutation');

  it('covers every mutation that takes an input', () => {
    const withInput = mutations.filter((m) => inputSchemaOf(m.path)).map((m) => m.path);
    expect(withInput.filter((path) => !ALL_AUTHZ_ROWS.some((r) => r.path === path))).toEqual([]);
    expect(withInput.length).toBeGreaterThan(5);
  });

  for (const { path } of mutations) {
    const schema = inputSchemaOf(path);
    // A mutation without an input cannot be handed a hostile one: the matrix covers who may call it.
    if (!schema) continue;

    it(`${path} answers 4xx to what it must refuse, never 500, and then changes nothing`, async () => {
      const row = ALL_AUTHZ_ROWS.find((r) => r.path === path);
      if (!row) throw new Error(`${path} has no row in the authorisation table`);
      const role = row.allowed === 'public' ? null : row.allowed[0];
      const caller = await bed.callerAs(role ? ROLE_CALLERS[role] : null);
      const valid = await row.input(bed);
      const foreignIds = [
        bed.other.actionId,
        bed.other.milestoneId,
        bed.other.kpiId,
        bed.other.periodId,
        'no-such-record',
      ];
      const before = await countRowsByTable(bed.db);
      let accepted = 0;

      const check = async (input: unknown, isForeignId: boolean) => {
        const parses = schema.safeParse(input).success;
        const auditBefore = await countAuditEventsMatching(bed.db);
        const outcome = await outcomeOf(caller, path, input);
        expect(outcome, `${path} answered ${outcome}`).not.toBe('INTERNAL_SERVER_ERROR');
        if (!parses) expect(outcome, `${path} accepted a malformed input`).toBe('BAD_REQUEST');
        // A well-formed id of another trust, or of nothing, must be refused.
        else if (isForeignId)
          expect(CLIENT_ERRORS.has(outcome), `${path} answered ${outcome} for a foreign id`).toBe(
            true,
          );
        // Hostile-looking text that is well-formed (quotes, markup) is stored as text; anything else is refused.
        if (outcome === 'OK') accepted += 1;
        else {
          expect(CLIENT_ERRORS.has(outcome), `${path} answered ${outcome}`).toBe(true);
          expect(await countAuditEventsMatching(bed.db)).toBe(auditBefore);
        }
      };

      const keys = valid && typeof valid === 'object' ? Object.keys(valid) : [];
      for (const key of keys)
        for (const text of TRICKY_TEXT) await check({ ...(valid as object), [key]: text }, false);
      await fc.assert(
        fc.asyncProperty(hostileInput(valid, foreignIds), ({ input, shouldParse }) =>
          check(input, shouldParse),
        ),
        { numRuns: RUNS, seed: 20_260_101 },
      );

      if (accepted === 0) expect(await countRowsByTable(bed.db)).toEqual(before);
    });
  }
});
