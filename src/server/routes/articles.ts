// /api/articles: list newest first, one contract record by id or unique prefix, and ingest (POST).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { articleRecordSchema, validateContractLine, type ArticleRecord } from '../../contract/index.ts';
import type { RawArticle } from '../../sources/index.ts';
import { ApiError } from '../api-error.ts';
import type { ApiResource, AppDeps } from '../api-resource.ts';
import { articleListSchema, ingestJsonSchema, ingestResultSchema, pageQuerySchema } from '../api-schemas.ts';
import { errorResponses, jsonResponse, pathParameter, queryParameters, schemaRef } from '../openapi.ts';
import { parseInput } from '../parse-input.ts';
import { readIngestRequest } from '../read-ingest-request.ts';
import { toHighlightSegments } from '../highlight-segments.ts';
import { articleExplanationSchema, explainArticle } from '../explain-article.ts';

/** Shorter prefixes match too many ids to be a useful handle (the same rule as `sakskart show`). */
export const MIN_ID_PREFIX = 6;
const DEFAULT_PAGE_SIZE = 20;

const articleQuerySchema = z.strictObject({
  explain: z
    .enum(['0', '1', 'false', 'true'])
    .optional()
    .describe('1: add `explain`, the rule or model behind each item (costs one analysis of the article)'),
});
/** The contract record, plus `explain` when asked for (the contract allows added fields). */
const explainedRecordSchema = articleRecordSchema.extend({ explain: articleExplanationSchema.optional() });

function articleRoutes(deps: AppDeps): Hono {
  const { store } = deps;
  const app = new Hono();

  app.get('/', async (c) => {
    const query = parseInput(pageQuerySchema, c.req.query(), 'query');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const offset = query.offset ?? 0;
    // A blank search lists by `published`, newest first, undated last; one extra row tells if there is more.
    const hits = await store.search({ text: '', limit: limit + 1, offset });
    return c.json({
      items: hits.slice(0, limit).map((hit) => ({
        id: hit.id,
        title: hit.title,
        published: hit.published,
        language: hit.language,
        genre: hit.genre,
        source: hit.source,
        excerpt: toHighlightSegments(hit.snippet)
          .map((segment) => segment.text)
          .join(''),
      })),
      limit,
      offset,
      hasMore: hits.length > limit,
    });
  });

  app.get('/:id', async (c) => {
    const id = await resolveId(deps, c.req.param('id'));
    const query = parseInput(articleQuerySchema, c.req.query(), 'query');
    const record = await store.getArticle(id);
    if (!record) throw new ApiError('NOT_FOUND', `no article with id ${id}`);
    const explain = query.explain === '1' || query.explain === 'true';
    return c.json(explain ? { ...record, explain: explainArticle(record) } : record, 200, {
      'Content-Location': `/api/articles/${id}`,
    });
  });

  app.post(
    '/',
    bodyLimit({
      maxSize: deps.limits.maxBodyBytes,
      onError: () => {
        throw new ApiError('PAYLOAD_TOO_LARGE', `the body is larger than ${deps.limits.maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      const raw = await readIngestRequest(
        {
          contentType: c.req.header('content-type') ?? null,
          query: c.req.query(),
          bytes: new Uint8Array(await c.req.arrayBuffer()),
        },
        deps.limits,
        new Date(),
      );
      const record = await analyzeOrExplain(deps, raw);
      const stored = await store.putArticle(record);
      const location = `/api/articles/${stored.id}`;
      // 201 when this request created the record; 200 when the same body was stored before.
      return c.json({ ...stored, location }, stored.status === 'added' ? 201 : 200, { Location: location });
    },
  );

  return app;
}

/**
 * The article's contract record, or ANALYSIS_FAILED: a pipeline that throws or breaks the contract is our
 * bug, but it concerns this one article, so the client learns that much and the log gets the rest.
 */
async function analyzeOrExplain(deps: AppDeps, raw: RawArticle): Promise<ArticleRecord> {
  let problem: string;
  try {
    const record = await deps.analyze(raw);
    const check = validateContractLine(record);
    if (check.ok) return record;
    problem = `record breaks the contract: ${check.problems.slice(0, 5).join('; ')}`;
  } catch (error) {
    problem = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  deps.log(`analysis failed for ${raw.source}: ${problem}`);
  throw new ApiError('ANALYSIS_FAILED', 'the article was read but could not be analysed');
}

/** A full id, or the one id a prefix of at least MIN_ID_PREFIX hex characters starts. */
async function resolveId(deps: AppDeps, given: string): Promise<string> {
  const id = given.toLowerCase();
  if (!/^[0-9a-f]+$/.test(id) || id.length < MIN_ID_PREFIX || id.length > 40) {
    throw new ApiError(
      'INVALID_ID',
      `'${given.slice(0, 60)}' is not an article id: give ${MIN_ID_PREFIX} to 40 hex characters`,
    );
  }
  if (id.length === 40) return id;
  const ids = await deps.store.findIds(id, 2);
  const [only] = ids;
  if (only === undefined) throw new ApiError('NOT_FOUND', `no article id starts with ${id}`);
  if (ids.length > 1)
    throw new ApiError('AMBIGUOUS_ID', `more than one article id starts with ${id}; give more characters`);
  return only;
}

const ingestMetadataParameters = ['title', 'published', 'language', 'source'].map((name) => ({
  name,
  in: 'query',
  required: false,
  description: `raw bodies only: the article's ${name}, winning over what the text declares`,
  schema: { type: 'string' },
}));

export const articlesResource: ApiResource = {
  mount: '/articles',
  routes: articleRoutes,
  schemas: {
    ArticleRecord: articleRecordSchema,
    ArticleRecordExplained: explainedRecordSchema,
    ArticleList: articleListSchema,
    IngestRequest: ingestJsonSchema,
    IngestResult: ingestResultSchema,
  },
  paths: {
    '/api/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'Stored articles, newest published first (undated last)',
        parameters: queryParameters(pageQuerySchema),
        responses: {
          '200': jsonResponse('one page of articles', 'ArticleList'),
          ...errorResponses('INVALID_REQUEST'),
        },
      },
      post: {
        operationId: 'ingestArticle',
        summary: 'Analyse one article and store it (idempotent: the same body is stored once)',
        parameters: ingestMetadataParameters,
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: schemaRef('IngestRequest') },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        responses: {
          '201': jsonResponse('stored now', 'IngestResult', { Location: { schema: { type: 'string' } } }),
          '200': jsonResponse('the same body was already stored', 'IngestResult', {
            Location: { schema: { type: 'string' } },
          }),
          ...errorResponses(
            'INVALID_REQUEST',
            'INVALID_JSON',
            'CROSS_ORIGIN',
            'PAYLOAD_TOO_LARGE',
            'UNSUPPORTED_MEDIA_TYPE',
            'UNPROCESSABLE_ARTICLE',
            'ANALYSIS_FAILED',
          ),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary:
          'One article as its contract record (schema 1); with explain=1 also the rule behind each item',
        parameters: [
          pathParameter('id', `the 40-character id, or a unique prefix of at least ${MIN_ID_PREFIX}`),
          ...queryParameters(articleQuerySchema),
        ],
        responses: {
          '200': jsonResponse(
            'the contract record (ArticleRecord); with explain=1 it has `explain` added',
            'ArticleRecordExplained',
          ),
          ...errorResponses('INVALID_ID', 'NOT_FOUND', 'AMBIGUOUS_ID', 'INVALID_REQUEST'),
        },
      },
    },
  },
};
