import type http from 'node:http';

/** How long requests in flight may take to finish once the server is asked to stop. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops accepting connections at once, lets requests in flight finish (up to `graceMs`), then
 * cuts whatever is left. Idle keep-alive connections are closed as they fall idle, so a browser
 * holding one open does not hold the stop up.
 */
export async function stopServing(server: http.Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}
