// The OpenID provider the browser tests start for single sign-on (on the port after the app's),
// and the client the server under test is given through its environment (playwright.config.ts).
const appPort = Number(process.env.E2E_PORT ?? 3100);

export const E2E_SSO = {
  appOrigin: `http://localhost:${appPort}`,
  port: appPort + 1,
  issuer: `http://localhost:${appPort + 1}`,
  clientId: 'belonging-browser-tests',
  clientSecret: 'browser-tests-only-client-secret',
  trust: 'demo-partnership',
} as const;

/** The server's single sign-on settings: OIDC_* and the APP_ORIGIN its redirect URI is built from. */
export function e2eSsoEnv(): Record<string, string> {
  return {
    APP_ORIGIN: E2E_SSO.appOrigin,
    OIDC_ISSUER: E2E_SSO.issuer,
    OIDC_CLIENT_ID: E2E_SSO.clientId,
    OIDC_CLIENT_SECRET: E2E_SSO.clientSecret,
    OIDC_TRUST: E2E_SSO.trust,
  };
}
