import {
  countAuditEventsMatching,
  createTestUser,
  findAuditEventsFor,
  setUserActive,
  testProviders,
} from '@belonging/db/testing';
import { findTrustSsoSettings } from '@belonging/db';
import { describe, expect, it } from 'vitest';
import { openSecret, settingsKey } from '../../auth/sealed-secret.ts';
import { SingleSignOn } from '../../auth/sso/single-sign-on.ts';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

const KEY = 'a-settings-key-of-at-least-32-characters!';
const ISSUER = 'https://login.microsoftonline.com/7f1c2a3b-0000-4000-8000-000000000000/v2.0';
const PLAIN = 'plain~Secret.Value_0123456789';
const off = { createAccounts: false, passwordSignInDisabled: false };
const sso = { issuer: ISSUER, clientId: 'client-abc', ...off };

describe.each(testProviders())('admin sign-in settings on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);
  const stored = async (organisationId = bed.organisationId) =>
    await findTrustSsoSettings(bed.db, organisationId);
  const storedSecret = async () => (await stored())?.oidcClientSecret;
  // The host's one SingleSignOn carries SETTINGS_KEY and the OIDC_* environment; the bed's has neither.
  const keyedAdmin = () =>
    bed.callerAs(DEMO.admin, {
      sso: new SingleSignOn({ settingsKey: settingsKey({ SETTINGS_KEY: KEY }) }),
    });
  const environmentAdmin = (trust: string) =>
    bed.callerAs(DEMO.admin, {
      sso: new SingleSignOn({
        env: {
          issuer: 'https://idp.example.nhs.uk',
          clientId: 'env-client',
          clientSecret: 'env-secret-value',
          trust,
        },
      }),
    });
  const events = () =>
    findAuditEventsFor(bed.db, {
      organisationId: bed.organisationId,
      operation: 'change_sign_in_settings',
    });

  it('stores the client secret sealed and never gives it back, in the answer or the audit trail', async () => {
    const api = await keyedAdmin();
    const start = await auditCount();
    const saved = await api.admin.signInSettings.update({ ...sso, clientSecret: PLAIN });
    const sealed = await storedSecret();
    expect(sealed).not.toBeNull();
    expect(sealed).not.toContain(PLAIN);
    expect(openSecret(sealed ?? '', settingsKey({ SETTINGS_KEY: KEY }) ?? Buffer.alloc(32))).toBe(
      PLAIN,
    );
    const got = await api.admin.signInSettings.get();
    expect(got).toMatchObject({ issuer: ISSUER, clientId: 'client-abc', secretSet: true });
    expect(got.canStoreSecret).toBe(true);
    expect(got.fromEnvironment).toBeNull();
    expect(await auditCount()).toBe(start + 1);
    const trail = JSON.stringify(await events());
    for (const answer of [JSON.stringify(saved), JSON.stringify(got), trail]) {
      expect(answer).not.toContain(PLAIN);
      expect(answer).not.toContain(sealed);
    }
    const [event] = (await events()).slice(-1);
    expect(event?.entityId).toBe(bed.organisationId);
    expect(JSON.parse(String(event?.before))).toMatchObject({
      issuer: null,
      clientSecret: 'not stored',
    });
    expect(JSON.parse(String(event?.after))).toMatchObject({
      issuer: ISSUER,
      clientId: 'client-abc',
      clientSecret: 'stored',
    });
  });

  it('keeps the secret when the box is blank, records a replacement, and removes it on request', async () => {
    const api = await keyedAdmin();
    await api.admin.signInSettings.update({ ...sso, clientSecret: PLAIN });
    const first = await storedSecret();
    await api.admin.signInSettings.update({ ...sso, clientSecret: '' });
    expect(await storedSecret()).toBe(first);
    await api.admin.signInSettings.update({ ...sso, clientSecret: 'another-secret' });
    expect(await storedSecret()).not.toBe(first);
    const replaced = (await events()).at(-1);
    expect(JSON.parse(String(replaced?.after))).toMatchObject({ clientSecret: 'replaced' });
    expect(JSON.stringify(replaced)).not.toContain('another-secret');
    const cleared = await api.admin.signInSettings.update({
      issuer: '',
      clientId: '',
      clearClientSecret: true,
      ...off,
    });
    expect(cleared).toMatchObject({ issuer: null, clientId: null, secretSet: false });
    expect(await storedSecret()).toBeNull();
  });

  it('refuses a secret without SETTINGS_KEY, naming the field and storing nothing', async () => {
    const api = await admin();
    expect((await api.admin.signInSettings.get()).canStoreSecret).toBe(false);
    const before = await stored();
    const start = await auditCount();
    const refused = await errorOf(api.admin.signInSettings.update({ ...sso, clientSecret: PLAIN }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(refused)).toEqual({
      clientSecret: [
        'Set SETTINGS_KEY on the server to store a secret here, or set OIDC_CLIENT_SECRET',
      ],
    });
    expect(await stored()).toEqual(before);
    expect(await auditCount()).toBe(start);
  });

  it('refuses bad settings naming the field, and changes nothing', async () => {
    const api = await keyedAdmin();
    await api.admin.signInSettings.update({ ...sso, clientSecret: PLAIN });
    const before = await stored();
    const start = await auditCount();
    const owner = await bed.userId(DEMO.owner);
    const cases: [unknown, string][] = [
      [{ ...sso, passwordSignInDisabled: true }, 'breakGlassUserId'],
      [{ ...sso, passwordSignInDisabled: true, breakGlassUserId: owner }, 'breakGlassUserId'],
      [{ ...sso, createAccounts: true }, 'newAccountRole'],
      [{ ...sso, clientId: '' }, 'clientId'],
      [
        { ...off, issuer: '', clientId: '', passwordSignInDisabled: true },
        'passwordSignInDisabled',
      ],
    ];
    for (const [input, field] of cases) {
      const refused = await errorOf(api.admin.signInSettings.update(input as typeof sso));
      expect(refused.code, field).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(refused)), JSON.stringify(input)).toEqual([field]);
    }
    // Refused by the input's shape: the message names the field.
    for (const [input, words] of [
      [{ ...sso, issuer: 'http://login.example.com' }, /issuer must start with https/],
      [{ ...sso, createAccounts: true, newAccountRole: 'edi_admin' }, /never the EDI team/],
    ] as const) {
      const refused = await errorOf(api.admin.signInSettings.update(input as typeof sso));
      expect(refused.code).toBe('BAD_REQUEST');
      expect(refused.message).toMatch(words);
    }
    expect(await stored()).toEqual(before);
    expect(await auditCount()).toBe(start);
  });

  it('turns password sign-in off with an active EDI team member as break-glass admin, and refuses a deactivated one', async () => {
    const api = await keyedAdmin();
    const lead = await bed.userId(DEMO.admin);
    const spare = await createTestUser(bed.db, {
      organisationId: bed.organisationId,
      role: 'edi_admin',
    });
    const got = await api.admin.signInSettings.get();
    expect(got.breakGlassCandidates.map((c) => c.id)).toEqual(
      expect.arrayContaining([lead, spare.id]),
    );
    await setUserActive(bed.db, spare.email, false);
    expect(
      (await api.admin.signInSettings.get()).breakGlassCandidates.map((c) => c.id),
    ).not.toContain(spare.id);
    const refused = await errorOf(
      api.admin.signInSettings.update({
        ...sso,
        clientSecret: PLAIN,
        passwordSignInDisabled: true,
        breakGlassUserId: spare.id,
      }),
    );
    expect(Object.keys(fieldErrorsOf(refused))).toEqual(['breakGlassUserId']);
    const saved = await api.admin.signInSettings.update({
      ...sso,
      clientSecret: PLAIN,
      createAccounts: true,
      newAccountRole: 'executive_owner',
      passwordSignInDisabled: true,
      breakGlassUserId: lead,
    });
    expect(saved).toMatchObject({
      passwordSignInDisabled: true,
      breakGlassUserId: lead,
      createAccounts: true,
      newAccountRole: 'executive_owner',
    });
    await api.admin.signInSettings.update({ ...sso });
  });

  it('never reaches another trust: its admin is no break-glass admin here, and each trust sees only its own settings', async () => {
    const api = await keyedAdmin();
    const theirAdmin = await createTestUser(bed.db, {
      organisationId: bed.other.organisationId,
      role: 'edi_admin',
    });
    const theirsBefore = await stored(bed.other.organisationId);
    const refused = await errorOf(
      api.admin.signInSettings.update({
        ...sso,
        clientSecret: PLAIN,
        passwordSignInDisabled: true,
        breakGlassUserId: theirAdmin.id,
      }),
    );
    expect(Object.keys(fieldErrorsOf(refused))).toEqual(['breakGlassUserId']);
    await api.admin.signInSettings.update({ ...sso, clientSecret: PLAIN });
    expect(await stored(bed.other.organisationId)).toEqual(theirsBefore);
    const theirs = await (await bed.callerAs(theirAdmin.email)).admin.signInSettings.get();
    expect(theirs).toMatchObject({ issuer: null, secretSet: false });
    expect(theirs.breakGlassCandidates.map((c) => c.id)).toEqual([theirAdmin.id]);
    expect(
      await countAuditEventsMatching(bed.db, {
        organisationId: bed.other.organisationId,
        operation: 'change_sign_in_settings',
      }),
    ).toBe(0);
  });

  it('shows the environment’s provider read-only and refuses to change its fields here', async () => {
    const api = await environmentAdmin('demo-partnership');
    const got = await api.admin.signInSettings.get();
    expect(got.fromEnvironment).toEqual({
      issuer: 'https://idp.example.nhs.uk',
      clientId: 'env-client',
    });
    expect(JSON.stringify(got)).not.toContain('env-secret-value');
    const refused = await errorOf(api.admin.signInSettings.update({ ...sso }));
    expect(fieldErrorsOf(refused)).toEqual({
      issuer: ['Set by the server’s environment (OIDC_ISSUER): change it there'],
    });
    const lead = await bed.userId(DEMO.admin);
    const saved = await api.admin.signInSettings.update({
      ...off,
      passwordSignInDisabled: true,
      breakGlassUserId: lead,
    });
    expect(saved.passwordSignInDisabled).toBe(true);
    // Named for another trust, the environment leaves this one's fields editable.
    const elsewhere = await environmentAdmin('other-trust');
    expect((await elsewhere.admin.signInSettings.get()).fromEnvironment).toBeNull();
    await elsewhere.admin.signInSettings.update({
      issuer: '',
      clientId: '',
      clearClientSecret: true,
      ...off,
    });
  });

  it('gives the redirect URI to register from APP_ORIGIN, never from the request', async () => {
    expect((await (await admin()).admin.signInSettings.get()).redirectUri).toBeNull();
    const api = await bed.callerAs(DEMO.admin, {
      sso: new SingleSignOn({ appOrigin: 'https://tracker.example.nhs.uk/' }),
    });
    expect((await api.admin.signInSettings.get()).redirectUri).toBe(
      'https://tracker.example.nhs.uk/auth/sso/callback',
    );
  });

  it('keeps the break-glass admin while password sign-in is off: no deactivating them or taking their EDI team role', async () => {
    const api = await keyedAdmin();
    const spare = await createTestUser(bed.db, {
      organisationId: bed.organisationId,
      role: 'edi_admin',
    });
    await api.admin.signInSettings.update({
      ...sso,
      clientSecret: PLAIN,
      passwordSignInDisabled: true,
      breakGlassUserId: spare.id,
    });
    const start = await auditCount();
    const demoted = await errorOf(
      api.admin.user.setRoles({ userId: spare.id, roles: ['board_member'] }),
    );
    expect(Object.keys(fieldErrorsOf(demoted))).toEqual(['roles']);
    expect(demoted.message).toMatch(/break-glass admin while password sign-in is off/);
    const deactivated = await errorOf(api.admin.user.deactivate({ userId: spare.id }));
    expect(Object.keys(fieldErrorsOf(deactivated))).toEqual(['userId']);
    expect(await auditCount()).toBe(start);
    // Another role beside the EDI team's is fine; with password sign-in back on, so is leaving.
    await api.admin.user.setRoles({ userId: spare.id, roles: ['edi_admin', 'board_member'] });
    await api.admin.signInSettings.update({ ...sso });
    await api.admin.user.deactivate({ userId: spare.id });
  });
});
