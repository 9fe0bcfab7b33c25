// POST /api/articles bodies, through the app: raw text and HTML, server-side fetch, and every refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArticleRecord } from '../contract/index.ts';
import { createTestApp, jsonBody } from './create-test-app.ts';

const article =
  'Kommunestyret i Lillehammer vedtok torsdag å bygge en ny svømmehall ved Stampesletta. Prislappen er anslått til 400 millioner kroner.\n\n' +
  '– Dette har vi ventet lenge på, sier ordfører Kari Holm til lokalavisen.';

test('POST /api/articles takes a raw text/plain body, with metadata in the query', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    const response = await app.request('/api/articles?title=Svømmehall&language=nb&published=2025-03', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: article,
    });
    assert.equal(response.status, 201);
    const { location } = (await response.json()) as { location: string };
    const record = (await (await app.request(location)).json()) as ArticleRecord;
    assert.deepEqual(
      [record.title, record.published, record.language, record.source],
      ['Svømmehall', '2025-03', 'nb', 'http-api'],
    );
  } finally {
    await close();
  }
});

test('POST /api/articles takes a text/html page and keeps its main text and headline', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  const html = `<!doctype html><html lang="nb"><head><title>Ny svømmehall | Lokalavisen</title></head><body>
    <nav>Forsiden Sport Kultur</nav><article><h1>Ny svømmehall i Lillehammer</h1>
    ${article
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article><footer>Ansvarlig redaktør</footer></body></html>`;
  try {
    const response = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    });
    assert.equal(response.status, 201);
    const { location } = (await response.json()) as { location: string };
    const record = (await (await app.request(location)).json()) as ArticleRecord;
    assert.match(record.title ?? '', /svømmehall/i);
    assert.match(record.body, /Stampesletta/);
    assert.doesNotMatch(record.body, /Ansvarlig redaktør/);
  } finally {
    await close();
  }
});

test('POST /api/articles with {url} fetches the page (here from a local server) and records the URL as source', async () => {
  const page = `<html lang="nb"><head><title>Svømmehall</title></head><body><article><h1>Svømmehall</h1><p>${article}</p></article></body></html>`;
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/svommehall`;
  const { app, close } = await createTestApp({ articles: [] });
  try {
    const response = await app.request('/api/articles', jsonBody({ url }));
    assert.equal(response.status, 201);
    const record = (await (
      await app.request(((await response.json()) as { location: string }).location)
    ).json()) as ArticleRecord;
    assert.equal(record.source, url);
    const noFetch = await createTestApp({ articles: [], limits: { allowFetch: false } });
    const refused = await noFetch.app.request('/api/articles', jsonBody({ url }));
    await noFetch.close();
    assert.equal(refused.status, 400);
  } finally {
    await close();
    server.close();
  }
});

const refusals: [string, RequestInit, number, string][] = [
  ['text and html together', jsonBody({ text: article, html: `<p>${article}</p>` }), 400, 'INVALID_REQUEST'],
  ['neither text, html nor url', jsonBody({ title: 'Bare tittel' }), 400, 'INVALID_REQUEST'],
  ['blank text', jsonBody({ text: '  \n ' }), 400, 'INVALID_REQUEST'],
  ['an unknown field', jsonBody({ text: article, forfatter: 'Kari' }), 400, 'INVALID_REQUEST'],
  ['a date that is not ISO', jsonBody({ text: article, published: '6. mars 2025' }), 400, 'INVALID_REQUEST'],
  ['a url that is not http', jsonBody({ url: 'file:///etc/passwd' }), 400, 'INVALID_REQUEST'],
  [
    'broken JSON',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "Hei' },
    400,
    'INVALID_JSON',
  ],
  [
    'an empty text body',
    { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' },
    400,
    'INVALID_REQUEST',
  ],
  [
    'a form body',
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=hei' },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'no Content-Type',
    { method: 'POST', body: new Uint8Array([104, 101, 105]) },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'an RSS feed (many articles)',
    {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Avisa</title><item><title>En</title><description>Første sak om været i dag.</description></item><item><title>To</title><description>Andre sak om trafikken i dag.</description></item></channel></rss>',
    },
    422,
    'UNPROCESSABLE_ARTICLE',
  ],
];

for (const [what, init, status, code] of refusals) {
  test(`POST /api/articles with ${what} answers ${status} ${code} and stores nothing`, async () => {
    const { app, store, close } = await createTestApp({ articles: [] });
    try {
      const response = await app.request('/api/articles', init);
      assert.equal(response.status, status);
      assert.equal(((await response.json()) as { code: string }).code, code);
      assert.equal((await store.stats()).articles, 0);
    } finally {
      await close();
    }
  });
}
