import { createHash } from 'node:crypto';
import { findTrustsSsoSettings, type DbClient, type TrustSsoSettings } from '@belonging/db';
import * as oidc from 'openid-client';
import { openSecret, sealSecret } from '../sealed-secret.ts';
import { environmentSetsTrust } from '../sso-environment.ts';

/** The provider named by the server's environment (OIDC_*); it wins over a trust's stored settings. */
export type SsoEnv = {
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  /** The trust's slug; without it, the only trust on the instance. */
  trust?: string;
};

export type SingleSignOnOptions = {
  env?: SsoEnv;
  /** The public origin (APP_ORIGIN): the redirect URI is built from it, never from a Host header. */
  appOrigin?: string;
  /** Opens the stored client secrets (SETTINGS_KEY); null when unset. */
  settingsKey?: Buffer | null;
  /** How long a provider's discovery document is reused (default five minutes). */
  discoveryTtlMs?: number;
};

/** One trust's working single sign-on settings: where to send people and how to check them. */
export type TrustSso = {
  organisationId: string;
  organisationName: string;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  createAccounts: boolean;
  newAccountRole: TrustSsoSettings['oidcNewAccountRole'];
};

/** The provider did not answer (or answered nonsense) while we discovered or called it. */
export class ProviderDownError extends Error {
  override readonly name = 'ProviderDownError';
}

/** Where the host mounts single sign-on: `start` and the provider's redirect URI `callback`. */
export const SSO_BASE_PATH = '/auth/sso';
export const SSO_START_PATH = `${SSO_BASE_PATH}/start`;
export const SSO_CALLBACK_PATH = `${SSO_BASE_PATH}/callback`;
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** Plain HTTP only to a provider on this machine (tests, a local provider); anything else is HTTPS. */
function isLoopbackHttp(issuer: URL): boolean {
  return (
    issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)
  );
}

/**
 * Single sign-on for the host: which trusts have it, from the environment or their settings, and
 * each provider's discovered configuration, cached for a short while per issuer and client.
 */
export class SingleSignOn {
  readonly appOrigin: string | undefined;
  private readonly env: SsoEnv;
  private readonly settingsKey: Buffer | null;
  private readonly ttlMs: number;
  private readonly discovered = new Map<string, { at: number; config: oidc.Configuration }>();

  constructor(opts: SingleSignOnOptions = {}) {
    this.env = opts.env ?? {};
    this.appOrigin = opts.appOrigin?.replace(/\/+$/, '');
    this.settingsKey = opts.settingsKey ?? null;
    this.ttlMs = opts.discoveryTtlMs ?? 5 * 60 * 1000;
  }

  get redirectUri(): string | null {
    return this.appOrigin ? `${this.appOrigin}${SSO_CALLBACK_PATH}` : null;
  }

  /** The environment's provider (OIDC_*) as the host read it: the settings page shows it read-only. */
  get environment(): Readonly<SsoEnv> {
    return this.env;
  }

  /** Whether a client secret typed into the admin app can be stored (SETTINGS_KEY is set). */
  get canSealSecrets(): boolean {
    return this.settingsKey !== null;
  }

  /** The secret sealed under SETTINGS_KEY, or null when it is unset. */
  sealSecret(plain: string): string | null {
    return this.settingsKey ? sealSecret(plain, this.settingsKey) : null;
  }

  /** Each trust's sign-in settings, with its single sign-on when it has a complete one. */
  async trusts(db: DbClient): Promise<{ settings: TrustSsoSettings; sso: TrustSso | null }[]> {
    const all = await findTrustsSsoSettings(db);
    return all.map((settings) => ({ settings, sso: this.resolve(settings, all.length) }));
  }

  /** The trust's single sign-on by id or slug, or null when it has none (or there is no such trust). */
  async forTrust(db: DbClient, idOrSlug: string): Promise<TrustSso | null> {
    const found = (await this.trusts(db)).find(
      (t) => t.settings.id === idOrSlug || t.settings.slug === idOrSlug,
    );
    return found?.sso ?? null;
  }

  /** The only trust with single sign-on, when exactly one has it: `start` without `?trust=`. */
  async onlyTrust(db: DbClient): Promise<TrustSso | null> {
    const configured = (await this.trusts(db)).flatMap((t) => (t.sso ? [t.sso] : []));
    return configured.length === 1 ? (configured[0] ?? null) : null;
  }

  private resolve(t: TrustSsoSettings, trustCount: number): TrustSso | null {
    const base = {
      organisationId: t.id,
      organisationName: t.name,
      slug: t.slug,
      createAccounts: t.oidcCreateAccounts,
      newAccountRole: t.oidcNewAccountRole,
    };
    const { issuer, clientId, clientSecret } = this.env;
    if (issuer && clientId && clientSecret && environmentSetsTrust(this.env, t.slug, trustCount)) {
      return { ...base, issuer, clientId, clientSecret };
    }
    if (!t.oidcIssuer || !t.oidcClientId || !t.oidcClientSecret || !this.settingsKey) return null;
    const secret = openSecret(t.oidcClientSecret, this.settingsKey);
    if (!secret) return null;
    return { ...base, issuer: t.oidcIssuer, clientId: t.oidcClientId, clientSecret: secret };
  }

  /** The provider's configuration for this client, discovered afresh after the TTL; ProviderDownError when it does not answer. */
  async configuration(sso: TrustSso, now = Date.now()): Promise<oidc.Configuration> {
    const key = createHash('sha256')
      .update(`${sso.issuer}\n${sso.clientId}\n${sso.clientSecret}`)
      .digest('hex');
    const cached = this.discovered.get(key);
    if (cached && now - cached.at < this.ttlMs) return cached.config;
    try {
      const issuer = new URL(sso.issuer);
      const config = await oidc.discovery(
        issuer,
        sso.clientId,
        { client_secret: sso.clientSecret },
        oidc.ClientSecretBasic(sso.clientSecret),
        {
          timeout: DISCOVERY_TIMEOUT_SECONDS,
          execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [],
        },
      );
      this.discovered.set(key, { at: now, config });
      return config;
    } catch (error) {
      this.discovered.delete(key);
      throw new ProviderDownError('The identity provider did not answer its discovery request.', {
        cause: error,
      });
    }
  }

  /** Where the provider ends its own session after ours, or null when it offers none (or is down). */
  async providerLogoutUrl(sso: TrustSso): Promise<string | null> {
    try {
      const config = await this.configuration(sso);
      if (!config.serverMetadata().end_session_endpoint) return null;
      const params: Record<string, string> = { client_id: sso.clientId };
      if (this.appOrigin) params.post_logout_redirect_uri = `${this.appOrigin}/sign-in`;
      return oidc.buildEndSessionUrl(config, params).href;
    } catch {
      return null;
    }
  }
}
