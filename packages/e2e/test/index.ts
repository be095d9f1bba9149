export { CHROMIUM_ARGS, ensureChromium, findChromium } from '../src/chromium.ts';
export { collectConsoleErrors, DEMO_PASSWORD, expectAccessible, signIn } from './fixtures.ts';
export { addOutboxMessages } from './outbox.ts';
export { E2E_SSO, e2eSsoEnv } from './sso.ts';
