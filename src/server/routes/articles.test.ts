// /api/articles: the contract record by id or prefix, the newest-first list, and ingest (201/200, 413, 422).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateContractLine, type ArticleRecord } from '../../contract/index.ts';
import type { Store } from '../../store/index.ts';
import { createApp } from '../create-app.ts';
import { apiArticles, createTestApp, jsonBody } from '../create-test-app.ts';

const { ferry, skiing, column, undated } = apiArticles;

/** Six hex characters no stored id starts with. */
function unusedPrefix(): string {
  const ids = Object.values(apiArticles).map((record) => record.id);
  return (
    ['000000', 'ffffff', '123456'].find((prefix) => !ids.some((id) => id.startsWith(prefix))) ?? '000000'
  );
}

const lookups: [string, string, number, string | null][] = [
  ['the full id', ferry.id, 200, ferry.id],
  ['an upper-case id', ferry.id.toUpperCase(), 200, ferry.id],
  ['a unique 6-character prefix', ferry.id.slice(0, 6), 200, ferry.id],
  ['an unknown full id', '0'.repeat(40), 404, null],
  ['a prefix of nothing stored', unusedPrefix(), 404, null],
  ['a prefix of 5 characters', ferry.id.slice(0, 5), 400, null],
  ['a word that is not hex', 'ferjeulykke', 400, null],
  ['41 characters', `${ferry.id}0`, 400, null],
];

for (const [what, id, status, expected] of lookups) {
  test(`GET /api/articles/:id with ${what} answers ${status}`, async () => {
    const { app, close } = await createTestApp();
    try {
      const response = await app.request(`/api/articles/${id}`);
      assert.equal(response.status, status);
      const body = (await response.json()) as ArticleRecord & { code?: string };
      if (expected === null) {
        assert.equal(body.code, status === 404 ? 'NOT_FOUND' : 'INVALID_ID');
        return;
      }
      assert.equal(body.id, expected);
      assert.ok(validateContractLine(body).ok, 'the answer is a valid contract record');
      assert.equal(response.headers.get('content-location'), `/api/articles/${expected}`);
    } finally {
      await close();
    }
  });
}

test('GET /api/articles/:id with a prefix that starts two ids answers 409 AMBIGUOUS_ID', async () => {
  const { store, close } = await createTestApp();
  const twoIds: Store = {
    putArticle: (record) => store.putArticle(record),
    getArticle: (id) => store.getArticle(id),
    findIds: async () => [ferry.id, skiing.id],
    search: (query) => store.search(query),
    stats: () => store.stats(),
    close: () => store.close(),
  };
  try {
    const response = await createApp({ store: twoIds }).request('/api/articles/abcdef');
    assert.equal(response.status, 409);
    assert.equal(((await response.json()) as { code: string }).code, 'AMBIGUOUS_ID');
  } finally {
    await close();
  }
});

test('GET /api/articles lists newest published first, undated last, and pages with limit, offset and hasMore', async () => {
  const { app, close } = await createTestApp();
  try {
    const page = async (query: string) =>
      (await (await app.request(`/api/articles${query}`)).json()) as {
        items: { id: string; excerpt: string }[];
        hasMore: boolean;
        limit: number;
        offset: number;
      };
    const all = await page('');
    // `2025-02` overlaps the whole month, so it sorts after the day it contains.
    assert.deepEqual(
      all.items.map((item) => item.id),
      [ferry.id, column.id, skiing.id, undated.id],
    );
    assert.equal(all.hasMore, false);
    assert.match(all.items[0]?.excerpt ?? '', /^Ferja mellom Molde/);
    const second = await page('?limit=2&offset=1');
    assert.deepEqual(
      second.items.map((item) => item.id),
      [column.id, skiing.id],
    );
    assert.deepEqual([second.limit, second.offset, second.hasMore], [2, 1, true]);
  } finally {
    await close();
  }
});

const badPages = ['?limit=101', '?limit=-1', '?limit=ti', '?offset=', '?side=2'];
for (const query of badPages) {
  test(`GET /api/articles${query} answers 400 INVALID_REQUEST naming the field`, async () => {
    const { app, close } = await createTestApp({ articles: [] });
    try {
      const response = await app.request(`/api/articles${query}`);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { code: string; details: { path: string }[] };
      assert.equal(body.code, 'INVALID_REQUEST');
      assert.match(body.details[0]?.path ?? '', /^query/);
    } finally {
      await close();
    }
  });
}

const article =
  'Kommunestyret i Lillehammer vedtok torsdag å bygge en ny svømmehall ved Stampesletta. Prislappen er anslått til 400 millioner kroner.\n\n' +
  '– Dette har vi ventet lenge på, sier ordfører Kari Holm til lokalavisen.';

test('POST /api/articles with JSON analyses and stores the article: 201, Location, then 200 unchanged', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    const body = {
      text: article,
      title: 'Ny svømmehall i Lillehammer',
      published: '2025-03-06',
      source: 'https://avis.example/svommehall',
    };
    const first = await app.request('/api/articles', jsonBody(body));
    assert.equal(first.status, 201);
    const created = (await first.json()) as { id: string; status: string; location: string };
    assert.equal(created.status, 'added');
    assert.equal(first.headers.get('location'), `/api/articles/${created.id}`);
    assert.equal(created.location, `/api/articles/${created.id}`);
    const record = (await (await app.request(created.location)).json()) as ArticleRecord;
    assert.deepEqual(
      [record.title, record.published, record.source],
      [body.title, body.published, body.source],
    );
    assert.match(record.body, /svømmehall ved Stampesletta/);
    const again = await app.request('/api/articles', jsonBody({ text: article }));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { ...created, status: 'unchanged' });
  } finally {
    await close();
  }
});

test('POST /api/articles over the size limit answers 413 PAYLOAD_TOO_LARGE, whether declared or streamed', async () => {
  const { app, close } = await createTestApp({ articles: [], limits: { maxBodyBytes: 1000 } });
  try {
    const big = article.repeat(10);
    const declared = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(big)) },
      body: big,
    });
    assert.equal(declared.status, 413);
    const streamed = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: big,
    });
    assert.equal(streamed.status, 413);
    assert.equal(((await streamed.json()) as { code: string }).code, 'PAYLOAD_TOO_LARGE');
  } finally {
    await close();
  }
});

const brokenAnalyses: [string, () => ArticleRecord][] = [
  [
    'throws',
    () => {
      throw new Error('tagger exploded at line 42');
    },
  ],
  ['breaks the contract', () => ({ ...ferry, quotes: [{ ...quoteOutside, start: 9000, end: 9010 }] })],
];
const quoteOutside = {
  speaker: null,
  speakerName: null,
  speakerRole: null,
  text: 'utenfor',
  kind: 'direct' as const,
  cue: null,
  outlet: null,
};

for (const [what, analyze] of brokenAnalyses) {
  test(`an analysis that ${what} answers 422 ANALYSIS_FAILED, stores nothing, and tells the log only`, async () => {
    const { app, store, logged, close } = await createTestApp({ articles: [], analyze });
    try {
      const response = await app.request('/api/articles', jsonBody({ text: article }));
      assert.equal(response.status, 422);
      const body = (await response.json()) as { code: string; error: string };
      assert.equal(body.code, 'ANALYSIS_FAILED');
      assert.doesNotMatch(body.error, /exploded|contract/);
      assert.match(logged.join('\n'), /exploded|breaks the contract/);
      assert.equal((await store.stats()).articles, 0);
    } finally {
      await close();
    }
  });
}

test('GET /api/articles/:id?explain=1 adds the rule behind each quote and name, and leaves the record as it was', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    const text =
      'Fylkeskommunen i Møre og Romsdal vil kjøpe to nye elferjer til sambandet Molde–Vestnes.\n\n' +
      '– Vi kan ikke leve med flere innstilte avganger i vinter, sier fylkesordfører Kari Nes til Romsdals Budstikke.';
    const posted = (await (await app.request('/api/articles', jsonBody({ text }))).json()) as { id: string };
    const plain = (await (await app.request(`/api/articles/${posted.id}`)).json()) as ArticleRecord;
    assert.equal('explain' in plain, false, 'without explain=1 the answer is the bare record');
    const response = await app.request(`/api/articles/${posted.id}?explain=1`);
    assert.equal(response.status, 200);
    const explained = (await response.json()) as ArticleRecord & {
      explain: { explanations: { field: string; index: number; rule: string }[] };
    };
    const { explain, ...record } = explained;
    assert.deepEqual(record, plain, 'the contract fields are unchanged');
    assert.ok(plain.quotes.length > 0, 'the sentence has a quote');
    for (const [index] of plain.quotes.entries()) {
      const rule = explain.explanations.find((e) => e.field === 'quotes' && e.index === index)?.rule;
      assert.match(rule ?? '', /^quotes\//, `quote ${index} names its rule`);
    }
    assert.ok(explain.explanations.some((e) => e.field === 'entities' && /ner/.test(e.rule)));
    assert.equal((await app.request(`/api/articles/${posted.id}?explain=kanskje`)).status, 400);
  } finally {
    await close();
  }
});
