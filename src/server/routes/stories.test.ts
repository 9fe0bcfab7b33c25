// /api/stories and /api/entities: mounted only with a StoryReader, which they page, validate and pass through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiArticles, createTestApp } from '../create-test-app.ts';
import type { StoryReader, StorySummary } from './stories.ts';

// A stand-in for the corpus layer: what a reader returns, the API serves; nothing here is API logic.
const summaries: StorySummary[] = [
  {
    id: 's-ferje',
    title: 'Ferjekaoset på Nordvestlandet',
    from: '2025-02-10',
    to: '2025-02-14',
    articleCount: 3,
  },
  { id: 's-snø', title: 'Snøen kom til Nordmarka', from: '2025-01-20', to: '2025-01-21', articleCount: 2 },
  { id: 's-kafe', title: 'Kafeen i sentrum stenger', from: null, to: null, articleCount: 1 },
];
const reader: StoryReader = {
  listStories: async ({ limit, offset }) => summaries.slice(offset, offset + limit),
  getStory: async (id) => {
    const summary = summaries.find((s) => s.id === id);
    return summary ? { ...summary, timeline: [], disagreements: [] } : null;
  },
};
const withEntities: StoryReader = {
  ...reader,
  getEntity: async (id) =>
    id === 'e-rederiet' ? { id, name: 'Rederiet', aliases: ['rederiet Fjord1'] } : null,
};

const requests: [string, StoryReader | undefined, string, number][] = [
  ['no reader', undefined, '/api/stories', 404],
  ['no reader', undefined, '/api/stories/s-ferje', 404],
  ['a reader', reader, '/api/stories', 200],
  ['a reader', reader, '/api/stories/s-ferje', 200],
  ['a reader', reader, '/api/stories/s-ukjent', 404],
  ['a reader', reader, '/api/stories/ikke%20gyldig', 400],
  ['a reader', reader, '/api/stories?limit=500', 400],
  ['a reader without getEntity', reader, '/api/entities/e-rederiet', 404],
  ['a reader with getEntity', withEntities, '/api/entities/e-rederiet', 200],
  ['a reader with getEntity', withEntities, '/api/entities/e-ukjent', 404],
];

for (const [what, stories, path, status] of requests) {
  test(`with ${what}, GET ${decodeURIComponent(path)} answers ${status}`, async () => {
    const { app, close } = await createTestApp({ articles: [], ...(stories ? { stories } : {}) });
    try {
      const response = await app.request(path);
      assert.equal(response.status, status);
      const body = (await response.json()) as { code?: string; id?: string };
      if (status >= 400) assert.equal(typeof body.code, 'string');
      else if (!path.endsWith('/stories')) assert.equal(body.id, path.split('/').at(-1));
    } finally {
      await close();
    }
  });
}

test('GET /api/stories pages the reader’s list and tells whether more follow', async () => {
  const { app, close } = await createTestApp({ articles: [], stories: reader });
  try {
    const first = (await (await app.request('/api/stories?limit=2')).json()) as {
      items: StorySummary[];
      hasMore: boolean;
    };
    assert.deepEqual(
      first.items.map((s) => s.id),
      ['s-ferje', 's-snø'],
    );
    assert.equal(first.hasMore, true);
    const rest = (await (await app.request('/api/stories?limit=2&offset=2')).json()) as { hasMore: boolean };
    assert.equal(rest.hasMore, false);
  } finally {
    await close();
  }
});

test('GET /api/entities/:id adds the names of related entities and the titles of cited articles', async () => {
  const { ferry, column, skiing } = apiArticles;
  // Rederiet's relations name Fylkeskommunen (in its story) and Vestnes (only found by its own lookup).
  const entities: Record<string, object> = {
    'e-rederiet': {
      id: 'e-rederiet',
      name: 'Rederiet',
      sources: [ferry.id, column.id],
      quotes: [{ articleId: ferry.id, text: 'Vi beklager ventetiden.' }],
      relations: [
        { articleId: column.id, subject: 'e-fylket', predicate: 'opposes', object: 'e-rederiet' },
        { articleId: skiing.id, subject: 'e-rederiet', predicate: 'supplies', object: 'e-vestnes' },
      ],
      stories: [{ id: 's-ferje' }],
    },
    'e-vestnes': { id: 'e-vestnes', name: 'Vestnes' },
  };
  const reader: StoryReader = {
    listStories: async () => [],
    getStory: async (id) =>
      id === 's-ferje'
        ? {
            id,
            entities: [
              { id: 'e-fylket', name: 'Fylkeskommunen' },
              { id: 'e-rederiet', name: 'Rederiet' },
            ],
            articles: [
              { id: ferry.id, title: ferry.title, published: ferry.published, source: ferry.source },
            ],
          }
        : null,
    getEntity: async (id) => entities[id] ?? null,
  };
  const { app, close } = await createTestApp({ stories: reader });
  try {
    const body = (await (await app.request('/api/entities/e-rederiet')).json()) as {
      name: string;
      entityNames: Record<string, string>;
      articles: { id: string; title: string | null }[];
    };
    assert.equal(body.name, 'Rederiet', 'the entity itself is passed through');
    assert.deepEqual(body.entityNames, { 'e-fylket': 'Fylkeskommunen', 'e-vestnes': 'Vestnes' });
    assert.deepEqual(
      body.articles.map((article) => article.title),
      ['Ferja sto i to timer', 'Ferjene må bli mer pålitelige', 'Skiløperne fikk endelig snø'],
      'the story’s article, then the store’s, newest first',
    );
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      components: { schemas: { Entity: { properties: Record<string, unknown> } } };
    };
    assert.ok('entityNames' in doc.components.schemas.Entity.properties, 'the OpenAPI description has them');
    assert.ok('articles' in doc.components.schemas.Entity.properties);
  } finally {
    await close();
  }
});
