// Fetch an http(s) URL with a timeout and a size limit, turning every network failure into one plain message.
import { tooLarge } from './read-file.ts';

export type FetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string | null; url: string; fetchedAt: Date }
  | { ok: false; error: string };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
}

const ACCEPT =
  'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5';
// Content types that can never hold an article; refused before their body is read.
const NOT_ARTICLE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-tar|octet-stream|vnd\.)/i;

/** Body bytes of a URL after redirects, or a human reason why there are none. */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchResult> {
  const seconds = formatSeconds(options.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
      headers: { accept: ACCEPT, 'user-agent': 'sakskart/0.1 (offline news reader)' },
    });
    const fetchedAt = new Date();
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      return { ok: false, error: `cannot fetch: HTTP ${status}` };
    }
    const contentType = response.headers.get('content-type');
    if (contentType && NOT_ARTICLE.test(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: `not an article: content type ${contentType.split(';')[0]}` };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: tooLarge(declared, options.maxBytes) };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body) {
        size += chunk.length;
        if (size > options.maxBytes) return { ok: false, error: tooLarge(size, options.maxBytes, true) };
        chunks.push(chunk);
      }
    }
    return { ok: true, bytes: Buffer.concat(chunks), contentType, url: response.url || url, fetchedAt };
  } catch (error) {
    return { ok: false, error: `cannot fetch: ${describeFetchError(error, url, seconds)}` };
  }
}

/** Plain words for what fetch threw; undici hides the socket error code in `cause`. */
export function describeFetchError(error: unknown, url: string, seconds: string): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${seconds}`;
  const code = findCode(error);
  const host = safeHost(url);
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${host}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `host not found: ${host}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `connection to ${host} was closed unexpectedly`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `timed out connecting to ${host}`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `network unreachable for ${host}`;
    default:
      if (code && /CERT|SSL|TLS/.test(code)) return `TLS certificate problem with ${host} (${code})`;
      if (code) return `network error with ${host} (${code})`;
      return error instanceof Error ? error.message : String(error);
  }
}

function findCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') return code;
    // Happy-eyeballs connects fail with an AggregateError holding one error per address.
    if (Array.isArray(errors) && errors.length > 0) e = errors[0];
    else e = cause;
  }
  return null;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
