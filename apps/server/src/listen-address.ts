const EVERY_OR_LOOPBACK = new Set(['0.0.0.0', '127.0.0.1', '::']);

/**
 * The address people type for the server listening on `host` and `port`: localhost for the
 * loopback and every-interface addresses, an IPv6 host in brackets. Without APP_ORIGIN, links in
 * emails start here, so it must always be a web address.
 */
export function listenAddress(host: string, port: number): string {
  const name = EVERY_OR_LOOPBACK.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
