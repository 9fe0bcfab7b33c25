// The HTTP app factory: mounts each resource under /api and turns every failure into `{error, code}` JSON.
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { analyzeArticle } from '../article/analyze-article.ts';
import { SakskartError } from '../errors.ts';
import type { Store } from '../store/index.ts';
import { ApiError, errorResponse, type ApiErrorCode } from './api-error.ts';
import {
  DEFAULT_LIMITS,
  type Analyze,
  type ApiLimits,
  type ApiResource,
  type AppDeps,
} from './api-resource.ts';
import { guardBrowserRequests, type BrowserGuardOptions } from './guard-browser-requests.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { articlesResource } from './routes/articles.ts';
import { healthResource } from './routes/health.ts';
import { searchResource } from './routes/search.ts';
import { statsResource } from './routes/stats.ts';
import { createEntitiesResource, createStoriesResource, type StoryReader } from './routes/stories.ts';

/**
 * The resources over the store, in mount order. Stories and entities (routes/stories.ts) are added when
 * createApp gets a `stories` reader from src/corpus/; without one those paths are 404 like any unknown
 * route, never invented data.
 */
export const API_RESOURCES: readonly ApiResource[] = [
  articlesResource,
  searchResource,
  statsResource,
  healthResource,
];

interface AppOptions {
  store: Store;
  /** The article pipeline; default analyzeArticle. */
  analyze?: Analyze;
  limits?: Partial<ApiLimits>;
  /** Server-side failures (with stack) go here, never to clients; default stderr. */
  log?: (message: string) => void;
  /** The corpus layer's stories and entities; mounts /api/stories (and /api/entities if it has getEntity). */
  stories?: StoryReader;
  /** Extra resources (tests, plug-ins); mounted after the built-in ones. */
  resources?: readonly ApiResource[];
}

export type CreateAppOptions = AppOptions & BrowserGuardOptions;

export function createApp(options: CreateAppOptions): Hono {
  const deps: AppDeps = {
    store: options.store,
    analyze: options.analyze ?? ((raw) => analyzeArticle(raw)),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    log: options.log ?? ((message) => process.stderr.write(`sakskart serve: ${message}\n`)),
  };
  const resources = [...API_RESOURCES, ...storyResources(options.stories), ...(options.resources ?? [])];
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    // Every answer is JSON the client must not reinterpret (no MIME sniffing into HTML).
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        errorResponse(
          c,
          'METHOD_NOT_ALLOWED',
          `${c.req.method} is not allowed here; use ${methods.join(', ')}`,
          {
            headers: { Allow: methods.join(', ') },
          },
        ),
    }),
  );
  app.use(guardBrowserRequests(options));

  const openApi = buildOpenApiDocument(resources, { title: 'sakskart API', version: '0.1.0' });
  app.get('/api/openapi.json', (c) => c.json(openApi));
  for (const resource of resources) app.route(`/api${resource.mount}`, resource.routes(deps));

  app.notFound((c) => errorResponse(c, 'NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => respondToError(error, c, deps.log));
  return app;
}

function storyResources(reader: StoryReader | undefined): ApiResource[] {
  if (!reader) return [];
  const stories = createStoriesResource(reader);
  const getEntity = reader.getEntity?.bind(reader);
  const entityName = reader.entityName?.bind(reader);
  return getEntity
    ? [
        stories,
        createEntitiesResource({
          getStory: reader.getStory.bind(reader),
          getEntity,
          ...(entityName ? { entityName } : {}),
        }),
      ]
    : [stories];
}

const STORE_ERROR_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|CORRUPT|NOTADB|FULL|READONLY)/;

function respondToError(error: Error, c: Context, log: (message: string) => void): Response {
  if (error instanceof ApiError) return errorResponse(c, error.code, error.message, error);
  if (error instanceof HTTPException) {
    // Thrown by Hono itself (e.g. a malformed body it parsed); its status picks the nearest code.
    const code: ApiErrorCode =
      error.status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : error.status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : error.status === 404
            ? 'NOT_FOUND'
            : error.status < 500
              ? 'INVALID_REQUEST'
              : 'INTERNAL_ERROR';
    return errorResponse(c, code, error.status < 500 ? error.message || 'bad request' : 'internal error');
  }
  if (error instanceof SakskartError && error.code === 'BAD_OPTION')
    return errorResponse(c, 'INVALID_REQUEST', error.message);
  const sqliteCode = (error as { code?: unknown }).code;
  const storeDown =
    (error instanceof SakskartError && error.code === 'STORE_UNAVAILABLE') ||
    (typeof sqliteCode === 'string' && STORE_ERROR_CODES.test(sqliteCode)) ||
    /database connection is not open/.test(error.message);
  log(`${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return storeDown
    ? errorResponse(c, 'STORE_UNAVAILABLE', 'the database cannot be read right now')
    : errorResponse(c, 'INTERNAL_ERROR', 'internal error; the server log has the details');
}
