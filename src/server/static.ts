// Serves the built web UI (web/dist) for every non-/api GET, with a strict Content-Security-Policy on each answer.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The one inline style the UI needs: cytoscape (the story page's network) prepends a <style> element with
 * exactly this text to <head>. It is allowed by its hash, so nothing else inline is.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

/** A CSP source for one exact inline text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Scripts, styles, images and API calls only from this origin: no inline script, no eval, no plug-ins, no
 * framing; one inline style allowed by its hash (cytoscape's). Article text can then never run even if some
 * view rendered it as markup by mistake.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${cspHash(CYTOSCAPE_STYLE)}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export interface WebUiOptions {
  /** The built UI; default web/dist of this checkout. */
  root?: string;
}

/** Mounts the UI after createApp's routes: /api stays the API's, anything else is a file or index.html. */
export function mountWebUi(app: Hono, options: WebUiOptions = {}): void {
  const root = resolve(options.root ?? WEB_DIST);
  const handler = async (c: Context) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return c.notFound();
    const file = await findFile(root, path);
    if (!file && path === '/')
      return c.text(
        'The web UI is not built yet: run `npm run build:web`, then reload.',
        503,
        SECURITY_HEADERS,
      );
    if (!file) return c.notFound();
    // Hono answers HEAD through this GET route and drops the body itself.
    const body = await readFile(file);
    const hashed = file.includes(`${sep}assets${sep}`);
    return c.body(body, 200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite names assets by content hash, so they never change; index.html must always be fresh.
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
  app.get('*', handler);
}

/** The file for a URL path under root, index.html for routes of the single-page app, null when missing. */
async function findFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = resolve(join(root, decoded));
  // Never leave root, whatever `..` or encoded separators the path holds.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (await isFile(candidate)) return candidate;
  // A path with an extension names a file that is not there; anything else is a route of the app.
  if (extname(decoded) !== '') return null;
  const index = join(root, 'index.html');
  return (await isFile(index)) ? index : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
