// POST /api/articles bodies -> one RawArticle: JSON {text|html|url, ...}, or a raw text/plain or text/html body.
import { readSources, type RawArticle, type ReadOptions } from '../sources/index.ts';
import { ApiError } from './api-error.ts';
import type { ApiLimits } from './api-resource.ts';
import { ingestJsonSchema, ingestMetadataSchema } from './api-schemas.ts';
import { parseInput } from './parse-input.ts';

/** The record's `source` when the client names none. */
export const API_SOURCE = 'http-api';

type Metadata = ReturnType<typeof ingestMetadataSchema.parse>;

export interface IngestRequest {
  contentType: string | null;
  /** Query parameters: metadata for raw bodies (`?title=...&published=...`). */
  query: Record<string, string>;
  bytes: Uint8Array;
}

/** Reads the request into exactly one article, or throws the ApiError that says why not. */
export async function readIngestRequest(
  request: IngestRequest,
  limits: ApiLimits,
  now: Date,
): Promise<RawArticle> {
  const { mediaType, charset } = parseContentType(request.contentType);
  if (mediaType === 'application/json') {
    if (Object.keys(request.query).length) {
      throw new ApiError('INVALID_REQUEST', 'with a JSON body, give the metadata in the body, not the query');
    }
    const body = parseInput(ingestJsonSchema, parseJson(request.bytes), 'body');
    const { text, html, url, ...metadata } = body;
    const source = metadata.source ?? url ?? API_SOURCE;
    if (text !== undefined) return withMetadata(plainArticle(text, source, now, url ?? null), metadata);
    if (html !== undefined) {
      const read = await readOne('-', { stdin: streamOf(new TextEncoder().encode(html)), now }, source);
      return withMetadata({ ...read, url: url ?? read.url }, metadata);
    }
    if (url === undefined) throw new ApiError('INVALID_REQUEST', 'give text, html or url');
    if (!limits.allowFetch)
      throw new ApiError('INVALID_REQUEST', 'this server does not fetch URLs; send text or html');
    const read = await readOne(
      url,
      { maxBytes: limits.maxBodyBytes, fetchTimeoutMs: limits.fetchTimeoutMs, now },
      source,
    );
    return withMetadata(read, metadata);
  }
  const metadata = parseInput(ingestMetadataSchema, request.query, 'query');
  const source = metadata.source ?? API_SOURCE;
  if (mediaType === 'text/plain') {
    const text = decode(request.bytes, charset);
    if (text.trim() === '')
      throw new ApiError('INVALID_REQUEST', 'the body is empty', {
        details: [{ path: 'body', message: 'must hold some text' }],
      });
    return withMetadata(plainArticle(text, source, now, null), metadata);
  }
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') {
    // The bytes go through the same reader as stdin, which finds the charset and extracts the main text.
    return withMetadata(await readOne('-', { stdin: streamOf(request.bytes), now }, source), metadata);
  }
  throw new ApiError(
    'UNSUPPORTED_MEDIA_TYPE',
    `cannot read ${mediaType ?? 'a body without Content-Type'}; send application/json, text/plain or text/html`,
  );
}

function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const charsetParam = params.map((p) => p.trim()).find((p) => /^charset=/i.test(p));
  return {
    mediaType: type.trim().toLowerCase() || null,
    charset: charsetParam ? charsetParam.slice('charset='.length).replace(/^"|"$/g, '') : null,
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : 'the body is not UTF-8';
    throw new ApiError('INVALID_JSON', `the body is not valid JSON: ${why}`);
  }
}

function decode(bytes: Uint8Array, charset: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true });
  } catch {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `unknown charset ${charset}`);
  }
  try {
    return decoder.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new ApiError('UNPROCESSABLE_ARTICLE', `the body is not valid ${charset ?? 'UTF-8'} text`);
  }
}

function plainArticle(text: string, source: string, now: Date, url: string | null): RawArticle {
  return {
    source,
    format: 'text',
    text: text.replace(/\r\n?/g, '\n'),
    title: null,
    published: null,
    language: null,
    byline: null,
    fetchedAt: now.toISOString(),
    url,
  };
}

/** What the client declared wins over what the container declared. */
function withMetadata(raw: RawArticle, metadata: Metadata): RawArticle {
  return {
    ...raw,
    ...(metadata.title !== undefined ? { title: metadata.title } : {}),
    ...(metadata.published !== undefined ? { published: metadata.published } : {}),
    ...(metadata.language !== undefined ? { language: metadata.language } : {}),
  };
}

/** Exactly one article from a source input; a feed or an unreadable input is refused with the reader's reason. */
async function readOne(input: string, options: ReadOptions, source: string): Promise<RawArticle> {
  const articles: RawArticle[] = [];
  for await (const result of readSources([input], options)) {
    if (result.kind === 'error')
      throw new ApiError('UNPROCESSABLE_ARTICLE', `cannot read the article: ${result.error}`);
    articles.push(result.article);
  }
  const [first] = articles;
  if (!first || articles.length > 1) {
    throw new ApiError(
      'UNPROCESSABLE_ARTICLE',
      `the input holds ${articles.length} articles; post one article per request (feeds: sakskart ingest)`,
    );
  }
  // A fetched page keeps its URL as source unless the client named one; stdin's `-` means nothing to a reader.
  return { ...first, source: input === '-' || source !== input ? source : first.source };
}

/** The body as the stream `readSources` reads for `-`. */
async function* streamOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
