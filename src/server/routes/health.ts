// /api/health: answers 200 when the server runs and its database responds, for scripts and process supervisors.
import { Hono } from 'hono';
import type { ApiResource, AppDeps } from '../api-resource.ts';
import { healthSchema } from '../api-schemas.ts';
import { errorResponses, jsonResponse } from '../openapi.ts';

function healthRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    // An index range lookup: proves the database answers without scanning it.
    await store.findIds('0', 1);
    return c.json({ status: 'ok' as const });
  });
  return app;
}

export const healthResource: ApiResource = {
  mount: '/health',
  routes: healthRoutes,
  schemas: { Health: healthSchema },
  paths: {
    '/api/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness: the server runs and the database answers',
        responses: { '200': jsonResponse('running', 'Health'), ...errorResponses('STORE_UNAVAILABLE') },
      },
    },
  },
};
