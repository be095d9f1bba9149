import { countAuditEventsMatching, countRowsByTable, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { ALL_AUTHZ_ROWS } from '../test/authz-rows/all-authz-rows.ts';
import { ROLE_CALLERS } from '../test/support/authz.ts';
import { allProcedures, outcomeOf } from '../test/support/call.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

/**
 * Mutations that only check what they are given (an upload is POSTed, so it is a mutation) and
 * write nothing: they must leave no audit event and no row behind.
 */
const CHECK_ONLY = new Set(['admin.import.validate']);
/** Public mutations that write only for a signed-in caller (signing out with no session writes nothing). */
const WRITES_FOR_A_SESSION = new Set(['auth.signOut']);

describe.each(testProviders())('the audit trail of every mutation, on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  const mutations = allProcedures().filter((p) => p.type === 'mutation');

  it('has mutations to check', () => {
    expect(mutations.length).toBeGreaterThan(5);
  });

  for (const { path } of mutations) {
    it(`${path} leaves ${CHECK_ONLY.has(path) ? 'nothing behind' : 'exactly one audit event'} when it succeeds, and none when refused`, async () => {
      const row = ALL_AUTHZ_ROWS.find((r) => r.path === path);
      if (!row) throw new Error(`${path} has no row in the authorisation table`);
      const audit = () => countAuditEventsMatching(bed.db);

      if (row.allowed !== 'public') {
        const refused = await bed.callerAs(null);
        const before = await audit();
        expect(await outcomeOf(refused, path, await row.input(bed))).toBe('UNAUTHORIZED');
        expect(await audit()).toBe(before);
      }

      const role =
        row.allowed === 'public'
          ? WRITES_FOR_A_SESSION.has(path)
            ? 'board_member'
            : null
          : row.allowed[0];
      const caller = await bed.callerAs(role ? ROLE_CALLERS[role] : null);
      const input = await row.input(bed);
      const before = await countRowsByTable(bed.db);
      expect(await outcomeOf(caller, path, input)).toBe('OK');
      if (CHECK_ONLY.has(path)) expect(await countRowsByTable(bed.db)).toEqual(before);
      else expect(await audit()).toBe((before.auditEvent ?? 0) + 1);
    });
  }
});
