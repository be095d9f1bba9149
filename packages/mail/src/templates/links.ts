// Every link in an email starts at the web app's public origin (APP_ORIGIN), given by the caller:
// never a request's Host header, which a client can set to anything.

/** The origin links start from when the server has no APP_ORIGIN: the server's default address. */
export const DEFAULT_APP_ORIGIN = 'http://localhost:3000';

export type TEmailLinks = {
  myActions: string;
  kpis: string;
  settings: string;
  chaseList: string;
  report: (periodId: string) => string;
};

/** The links the messages use, on `appOrigin`; refused unless it is an http(s) origin. */
export function emailLinks(appOrigin: string): TEmailLinks {
  const url = URL.canParse(appOrigin) ? new URL(appOrigin) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `appOrigin must be an http or https address like https://tracker.example.nhs.uk, not "${appOrigin}"`,
    );
  }
  const origin = url.origin;
  return {
    myActions: `${origin}/actions`,
    kpis: `${origin}/kpis`,
    settings: `${origin}/settings`,
    chaseList: `${origin}/admin/periods`,
    report: (periodId) => `${origin}/report?period=${encodeURIComponent(periodId)}`,
  };
}
