// /api/stats: what the database holds, by language, genre and date span.
import { Hono } from 'hono';
import type { ApiResource, AppDeps } from '../api-resource.ts';
import { statsSchema } from '../api-schemas.ts';
import { errorResponses, jsonResponse } from '../openapi.ts';

function statsRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json(await store.stats()));
  return app;
}

export const statsResource: ApiResource = {
  mount: '/stats',
  routes: statsRoutes,
  schemas: { Stats: statsSchema },
  paths: {
    '/api/stats': {
      get: {
        operationId: 'getStats',
        summary: 'Article counts by language and genre, first and last publication date, schema version',
        responses: { '200': jsonResponse('the counts', 'Stats'), ...errorResponses('STORE_UNAVAILABLE') },
      },
    },
  },
};
