import type { HttpBindings } from '@hono/node-server';
import type { SingleSignOn } from '@belonging/api';
import type { DbHandle } from '@belonging/db';
import type { ConnectionLimits } from './connection-limits.ts';
import type { Logger } from './logger.ts';

export type ServerOptions = DbHandle & {
  webDir: string;
  adminDir: string;
  /** The public origin when behind a proxy, e.g. https://belonging.example.nhs.uk */
  appOrigin?: string;
  /**
   * Where links in emails start: APP_ORIGIN, else the address the server listens on (the mail
   * worker gets the same). Not used to judge a request's origin. Default `appOrigin`.
   */
  emailOrigin?: string;
  /** How many proxies in front of the server to trust for X-Forwarded-For (0: use the socket address). */
  trustProxy?: number;
  /** The most one workforce upload may carry (default 100 MB). */
  maxUploadBytes?: number;
  /** Where each workforce upload's private folder is made (default the system's temp folder). */
  uploadTempRoot?: string;
  /** Header and request timeouts and the connection cap (default DEFAULT_CONNECTION_LIMITS). */
  limits?: ConnectionLimits;
  /** Single sign-on: the providers from the environment and each trust's settings (default: stored settings only). */
  sso?: SingleSignOn;
  /** Whether SMTP_URL is set: the Emails page says messages only wait here when it is not. */
  mailConfigured?: boolean;
  /** Where request lines and errors go (default JSON lines, or readable ones in a terminal, on stdout). */
  logger?: Logger;
};

/** What every handler of the host sees: Node's request and response beside the Web ones. */
export type HostEnv = { Bindings: HttpBindings };
