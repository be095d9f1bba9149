import { createServer } from 'node:net';

// A browser's part in single sign-on, done with fetch: a cookie jar per origin, redirects
// followed by hand, and the provider's login form filled in.

/** A port nobody is listening on now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('No free port.');
  return address.port;
}

export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** One request with this origin's cookies; cookies it sets are kept (Max-Age=0 removes one). */
  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      if (/max-age=0\b/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, pair.slice(at + 1));
    }
    return res;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  forget(origin: string, name: string): void {
    this.jars.get(origin)?.delete(name);
  }

  /**
   * From the app's start URL through the provider's login page as `login`: gives the first URL
   * back on the app (the callback, or a sign-in page refusal), not yet visited.
   */
  async signInAtProvider(startUrl: string, login: string): Promise<string> {
    const app = new URL(startUrl).origin;
    let url = startUrl;
    let res = await this.go(url);
    for (let step = 0; step < 12; step++) {
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location') ?? '', url).href;
        if (new URL(next).origin === app) return next;
        url = next;
        res = await this.go(url);
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (res.status !== 200 || !action || !html.includes('name="login"')) {
        throw new Error(`The provider answered ${res.status} without its login form.`);
      }
      url = new URL(action.replaceAll('&amp;', '&'), url).href;
      res = await this.go(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any password' }),
      });
    }
    throw new Error('Single sign-on went round in circles.');
  }
}
