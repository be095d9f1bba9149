import { describe, expect, it } from 'vitest';
import { startOidcProvider } from '../../../test/support/oidc-provider.ts';
import { ProviderDownError, SingleSignOn, type TrustSso } from './single-sign-on.ts';

const trustFor = (issuer: string): TrustSso => ({
  organisationId: 'org',
  organisationName: 'Demo Trust',
  slug: 'demo',
  issuer,
  clientId: 'tracker',
  clientSecret: 'secret',
  createAccounts: false,
  newAccountRole: null,
});

describe('SingleSignOn discovery', () => {
  it('reuses a provider’s discovered configuration within the TTL and asks again after it', async () => {
    const provider = await startOidcProvider({
      clients: [
        { clientId: 'tracker', clientSecret: 'secret', redirectUris: ['http://localhost/cb'] },
      ],
    });
    const sso = new SingleSignOn({ discoveryTtlMs: 60_000 });
    const trust = trustFor(provider.issuer);
    const first = await sso.configuration(trust, 0);
    expect(first.serverMetadata().issuer).toBe(provider.issuer);
    await provider.close();
    // The provider is gone: within the TTL the cached configuration still answers...
    expect(await sso.configuration(trust, 59_999)).toBe(first);
    // ...and after it, the provider is asked again and its silence is ProviderDownError.
    await expect(sso.configuration(trust, 60_000)).rejects.toBeInstanceOf(ProviderDownError);
  });
});
