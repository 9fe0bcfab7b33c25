// Keeps web pages of other sites away from a local server: foreign Host names (DNS rebinding) and cross-origin writes.
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './api-error.ts';

export interface BrowserGuardOptions {
  /**
   * Host names (no port) the server answers to. A server bound to 127.0.0.1 should list only loopback
   * names: a rebound evil.example that resolves to 127.0.0.1 then still gets 403. Unset: any host.
   */
  allowedHosts?: readonly string[] | undefined;
  /** Origins besides the server's own that may POST (e.g. a UI dev server at http://localhost:5173). */
  allowedOrigins?: readonly string[] | undefined;
}

/** Host names of the loopback interface, for `allowedHosts` of a server bound to it. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

export function guardBrowserRequests(options: BrowserGuardOptions): MiddlewareHandler {
  const hosts = options.allowedHosts ? new Set(options.allowedHosts.map((h) => h.toLowerCase())) : null;
  const origins = new Set(options.allowedOrigins ?? []);
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (hosts && !hosts.has(url.hostname.toLowerCase())) {
      return errorResponse(
        c,
        'HOST_NOT_ALLOWED',
        `this server does not answer to the host name ${url.hostname}`,
      );
    }
    if (
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      !isSameOrAllowedOrigin(c, url.origin, origins)
    ) {
      return errorResponse(c, 'CROSS_ORIGIN', 'requests from other origins may not change data');
    }
    return next();
  };
}

/**
 * CORS is off, but a page on another site can still send a "simple" POST (text/plain) to a local server.
 * Browsers label such requests with Origin / Sec-Fetch-Site; programs (curl) send neither.
 */
function isSameOrAllowedOrigin(c: Context, own: string, allowed: Set<string>): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined) return origin === own || allowed.has(origin);
  const site = c.req.header('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}
