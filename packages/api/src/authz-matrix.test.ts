import type { Role } from '@belonging/db';
import { readRoles, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { allProcedures, outcomeOf, type Outcome } from '../test/support/call.ts';
import { ROLE_CALLERS, type AuthzRow } from '../test/support/authz.ts';
import { ALL_AUTHZ_ROWS } from '../test/authz-rows/all-authz-rows.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

const ROWS: AuthzRow[] = ALL_AUTHZ_ROWS;
const ROLES = Object.keys(ROLE_CALLERS) as Role[];

/** What each caller must get: success when allowed; otherwise FORBIDDEN, or UNAUTHORIZED when signed out. */
function expected(row: AuthzRow, role: Role | null): Outcome {
  if (row.allowed === 'public') return 'OK';
  if (role === null) return 'UNAUTHORIZED';
  return row.allowed.includes(role) ? 'OK' : 'FORBIDDEN';
}

describe('the authorisation table', () => {
  it('names every procedure of the router exactly once, and nothing else', () => {
    const paths = allProcedures().map((p) => p.path);
    const tabled = ROWS.map((r) => r.path);
    expect(new Set(tabled).size).toBe(tabled.length);
    expect(paths.filter((p) => !tabled.includes(p))).toEqual([]);
    expect(tabled.filter((p) => !paths.includes(p))).toEqual([]);
  });
});

describe.each(testProviders())(
  'every procedure called as each role and as nobody, on %s',
  (provider) => {
    const { bed } = useApiTestBed(provider);

    it('each demo caller holds exactly the role it stands for', async () => {
      for (const role of ROLES) {
        expect(await readRoles(bed.db, { email: ROLE_CALLERS[role] })).toEqual([role]);
      }
    });

    it('answers each caller as the table says', async () => {
      const mismatches: string[] = [];
      for (const row of ROWS) {
        for (const role of [null, ...ROLES]) {
          const caller = await bed.callerAs(role && ROLE_CALLERS[role]);
          const got = await outcomeOf(caller, row.path, await row.input(bed));
          const want = expected(row, role);
          if (got !== want)
            mismatches.push(`${row.path} as ${role ?? 'nobody'}: got ${got}, want ${want}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  },
);
