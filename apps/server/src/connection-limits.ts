import type http from 'node:http';

/** How long and how many: what one slow or greedy client may hold of the server. */
export type ConnectionLimits = {
  /** Milliseconds a client has to send a request's headers (slow-header attacks). */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send a whole request, body included (a 100 MB upload too). */
  requestTimeoutMs: number;
  /** Open connections at most; further ones are closed at once. */
  maxConnections: number;
};

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 120_000,
  maxConnections: 1_000,
};

/** Node's server options for these limits: checked often enough that a timeout is kept to. */
export function serverTimeouts(limits: ConnectionLimits): http.ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node looks for late requests on this interval (30 s by default, longer than the timeouts).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
  };
}
