// The app frame: JSON errors with the right status, no stack traces, no CORS, 405 with Allow, health, stats, OpenAPI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { API_ERRORS } from './api-error.ts';
import type { ApiResource } from './api-resource.ts';
import { createTestApp } from './create-test-app.ts';
import type { StoryReader } from './routes/stories.ts';

async function errorOf(response: Response) {
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as { error: string; code: string };
  assert.equal(typeof body.error, 'string');
  assert.equal(
    API_ERRORS[body.code as keyof typeof API_ERRORS]?.status,
    response.status,
    `code ${body.code} has status ${response.status}`,
  );
  return body;
}

const unknownRoutes: [string, string, number, string][] = [
  ['GET', '/api/nothing-here', 404, 'NOT_FOUND'],
  ['GET', '/', 404, 'NOT_FOUND'],
  ['GET', '/api/stories', 404, 'NOT_FOUND'], // until the corpus layer plugs in: no invented stories
  ['DELETE', '/api/articles', 405, 'METHOD_NOT_ALLOWED'],
  ['PUT', '/api/search', 405, 'METHOD_NOT_ALLOWED'],
  ['POST', '/api/stats', 405, 'METHOD_NOT_ALLOWED'],
];

for (const [method, path, status, code] of unknownRoutes) {
  test(`${method} ${path} answers ${status} ${code} as JSON`, async () => {
    const { app, close } = await createTestApp({ articles: [] });
    try {
      const response = await app.request(path, { method });
      assert.equal(response.status, status);
      assert.equal((await errorOf(response)).code, code);
      if (status === 405) assert.match(response.headers.get('allow') ?? '', /GET/);
    } finally {
      await close();
    }
  });
}

test('a failing route answers 500 INTERNAL_ERROR without the stack, and the log gets the details', async () => {
  const broken: ApiResource = {
    mount: '/broken',
    routes: () =>
      new Hono().get('/', () => {
        throw new Error('secret detail at /home/user/db');
      }),
    paths: {},
  };
  const { app, logged, close } = await createTestApp({ articles: [], resources: [broken] });
  try {
    const response = await app.request('/api/broken');
    assert.equal(response.status, 500);
    const body = await errorOf(response);
    assert.equal(body.code, 'INTERNAL_ERROR');
    assert.doesNotMatch(JSON.stringify(body), /secret|\/home|at /);
    assert.match(logged.join('\n'), /secret detail/);
  } finally {
    await close();
  }
});

test('a closed database answers 503 STORE_UNAVAILABLE', async () => {
  const { app, store, close } = await createTestApp({ articles: [] });
  await store.close();
  try {
    const response = await app.request('/api/health');
    assert.equal(response.status, 503);
    assert.equal((await errorOf(response)).code, 'STORE_UNAVAILABLE');
  } finally {
    await close();
  }
});

test('CORS is off: no Access-Control headers, and a preflight is not granted', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    const get = await app.request('/api/health', { headers: { origin: 'https://andre.example' } });
    assert.equal(get.headers.get('access-control-allow-origin'), null);
    const preflight = await app.request('/api/articles', {
      method: 'OPTIONS',
      headers: { origin: 'https://andre.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.ok(preflight.status >= 400);
  } finally {
    await close();
  }
});

test('GET /api/health says ok and /api/stats counts the stored articles', async () => {
  const { app, close } = await createTestApp();
  try {
    assert.deepEqual(await (await app.request('/api/health')).json(), { status: 'ok' });
    const stats = (await (await app.request('/api/stats')).json()) as {
      articles: number;
      byGenre: Record<string, number>;
    };
    assert.equal(stats.articles, 4);
    assert.deepEqual(stats.byGenre, { news: 3, commentary: 1 });
  } finally {
    await close();
  }
});

test('every JSON answer carries X-Content-Type-Options: nosniff', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    for (const path of ['/api/health', '/api/nothing-here', '/api/openapi.json']) {
      assert.equal((await app.request(path)).headers.get('x-content-type-options'), 'nosniff', path);
    }
  } finally {
    await close();
  }
});

const storyReader: StoryReader = {
  listStories: async () => [],
  getStory: async () => null,
  getEntity: async () => null,
};

for (const [setup, options] of [
  ['over the store', {}],
  ['with a story reader', { stories: storyReader }],
] as const) {
  test(`${setup}, the OpenAPI 3.1 document describes every served route, and every error as the Error schema`, async () => {
    const { app, close } = await createTestApp({ articles: [], ...options });
    try {
      const doc = (await (await app.request('/api/openapi.json')).json()) as {
        openapi: string;
        paths: Record<
          string,
          Record<
            string,
            { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
          >
        >;
        components: { schemas: Record<string, unknown> };
      };
      assert.equal(doc.openapi, '3.1.0');
      const served = new Set(
        app.routes
          .filter((route) => route.method !== 'ALL')
          .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
      );
      const described = new Set(
        Object.entries(doc.paths).flatMap(([path, item]) =>
          Object.keys(item).map((method) => `${method} ${path}`),
        ),
      );
      assert.deepEqual([...served].sort(), [...described].sort());
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            const ref = response.content?.['application/json']?.schema.$ref;
            if (Number(status) >= 400)
              assert.equal(ref, '#/components/schemas/Error', `${method} ${path} ${status}`);
            if (ref) assert.ok(doc.components.schemas[ref.split('/').at(-1) ?? ''], `${ref} is defined`);
          }
        }
      }
    } finally {
      await close();
    }
  });
}
