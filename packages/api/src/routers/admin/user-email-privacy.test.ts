import { createTrust } from '@belonging/db';
import { countUsersWithEmail, readRoles, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('admin.user.create and emails of other trusts on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);

  it('answers an email of another trust exactly as one of this trust, without saying an account exists', async () => {
    const other = await createTrust(bed.db, {
      name: 'Elsewhere NHS Trust',
      slug: `elsewhere-${provider}`,
      adminEmail: `edi@elsewhere-${provider}.test`,
      adminName: 'Elsewhere Lead',
    });
    const api = await admin();
    const elsewhere = await errorOf(
      api.admin.user.create({ email: other.admin.email, name: 'Copy', roles: ['board_member'] }),
    );
    const here = await errorOf(
      api.admin.user.create({ email: DEMO.owner, name: 'Copy', roles: ['board_member'] }),
    );
    expect([elsewhere.code, elsewhere.message]).toEqual([here.code, here.message]);
    expect(fieldErrorsOf(elsewhere)).toEqual(fieldErrorsOf(here));
    expect(elsewhere.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(elsewhere))).toEqual(['email']);
    expect(`${elsewhere.message} ${JSON.stringify(fieldErrorsOf(elsewhere))}`).not.toMatch(
      /already|has an account|exists|another trust/i,
    );
    // Nothing attached or copied: the other trust's person keeps only their own trust's roles.
    expect(await countUsersWithEmail(bed.db, other.admin.email)).toBe(1);
    expect(await readRoles(bed.db, { userId: other.admin.id })).toEqual(['edi_admin']);
  });
});
