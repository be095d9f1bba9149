import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The public progress page's own headers: a policy with no script of any kind, only its own
 * stylesheet and data: images and no forms, framed by nobody ('none') or, for an EDI admin's
 * preview in the admin app, by this origin only ('self').
 */
export function publicPageHeaders(frameAncestors: "'none'" | "'self'"): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ];
  return {
    'Content-Security-Policy': csp.join('; '),
    'X-Frame-Options': frameAncestors === "'self'" ? 'SAMEORIGIN' : 'DENY',
  };
}

/**
 * The headers on every answer: a strict CSP (the built apps load only their own files), no
 * framing, no sniffing, and HSTS only when the public origin is https. Hono's other defaults are
 * switched off so the host says exactly what it said before the move to Hono. A route that sets
 * one of these itself keeps it (the public page's stricter CSP, its preview's same-origin framing).
 */
export function securityHeaders(appOrigin: string | undefined): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    xContentTypeOptions: true,
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    strictTransportSecurity: appOrigin?.startsWith('https:')
      ? 'max-age=31536000; includeSubDomains'
      : false,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    overwrite: false,
  });
}
