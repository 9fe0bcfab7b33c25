// /api/search: stemmed words, filters, paging, and snippets returned as highlight segments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiArticles, createTestApp } from '../create-test-app.ts';

const { ferry, skiing, column, undated } = apiArticles;

interface Hit {
  id: string;
  score: number;
  snippet: { text: string; highlight: boolean }[];
}

/** Hits in the expected order when listing by date; ranked hits are compared as a set. */
const searches: [string, string, string[]][] = [
  ['an inflected word finds its other forms', 'q=ferja', [ferry.id, column.id]],
  ['two words must both occur', 'q=ferja motorfeil', [ferry.id]],
  ['a word can be excluded', 'q=snøen -Nordmarka', []],
  ['genre narrows the hits', 'q=&genre=commentary', [column.id]],
  ['a date bound leaves out undated and older articles', 'from=2025-02', [ferry.id, column.id]],
  ['the end bound is inclusive by prefix', 'to=2025-01', [skiing.id]],
  ['no words lists every article newest first', '', [ferry.id, column.id, skiing.id, undated.id]],
  ['a language with no articles finds nothing', 'lang=sv', []],
];

for (const [behaviour, query, ids] of searches) {
  test(`GET /api/search: ${behaviour} (${query || 'no query'})`, async () => {
    const { app, close } = await createTestApp();
    try {
      const response = await app.request(`/api/search?${query}`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { items: Hit[] };
      const found = body.items.map((hit) => hit.id);
      const ranked = new URLSearchParams(query).get('q');
      assert.deepEqual(ranked ? found.sort() : found, ranked ? [...ids].sort() : ids);
    } finally {
      await close();
    }
  });
}

test('GET /api/search marks the matched words as highlight segments that join back into the excerpt', async () => {
  const { app, close } = await createTestApp();
  try {
    const body = (await (await app.request('/api/search?q=mekanikerne')).json()) as { items: Hit[] };
    const snippet = body.items[0]?.snippet ?? [];
    assert.deepEqual(
      snippet.filter((segment) => segment.highlight).map((segment) => segment.text),
      ['mekanikerne'],
    );
    assert.doesNotMatch(JSON.stringify(body), /\\u000[23]/);
    assert.ok(body.items[0] && body.items[0].score > 0);
  } finally {
    await close();
  }
});

test('GET /api/search pages with limit and offset and tells whether more hits follow', async () => {
  const { app, close } = await createTestApp();
  try {
    const first = (await (await app.request('/api/search?limit=3')).json()) as {
      items: Hit[];
      hasMore: boolean;
    };
    const rest = (await (await app.request('/api/search?limit=3&offset=3')).json()) as {
      items: Hit[];
      hasMore: boolean;
    };
    assert.deepEqual(
      [first.items.length, first.hasMore, rest.items.length, rest.hasMore],
      [3, true, 1, false],
    );
  } finally {
    await close();
  }
});

const badQueries = [
  'genre=sport',
  'from=2025-2-1',
  'to=i går',
  'lang=norsk',
  'limit=1000',
  `q=${'ord '.repeat(300)}`,
  'sort=date',
];
for (const query of badQueries) {
  test(`GET /api/search?${query.slice(0, 30)} answers 400 INVALID_REQUEST`, async () => {
    const { app, close } = await createTestApp({ articles: [] });
    try {
      const response = await app.request(`/api/search?${encodeURI(query)}`);
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { code: string }).code, 'INVALID_REQUEST');
    } finally {
      await close();
    }
  });
}
