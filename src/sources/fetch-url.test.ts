import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeFetchError } from './fetch-url.ts';
import { readSources, type ReadOptions, type SourceResult } from './index.ts';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../test/fixtures/sources/${name}`, import.meta.url));

// Local routes only: every network case is played out on 127.0.0.1.
const routes: Record<
  string,
  { type?: string; body?: Buffer | string; status?: number; hang?: boolean; location?: string }
> = {
  '/sak': { type: 'text/html; charset=utf-8', body: fixture('budget.html') },
  '/flytt': { status: 301, location: '/sak' },
  '/rss': { type: 'text/xml', body: fixture('news.rss') },
  '/feil-merket-feed': { type: 'text/html', body: fixture('sport.atom') },
  '/latin1': {
    type: 'text/plain; charset=iso-8859-1',
    body: Buffer.from('Æresprisen gikk til Øyvind på Ålgård.', 'latin1'),
  },
  '/borte': { status: 404, body: 'Finnes ikke' },
  '/krasj': { status: 500, body: 'Intern feil' },
  '/treg': { hang: true },
  '/stor': { type: 'text/plain', body: 'Lang sak. '.repeat(500) },
  '/bilde': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  '/tom': { type: 'text/html', body: '' },
};

let server: Server;
let base = '';
test.before(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (!route || route.hang) return; // never answers: the timeout case
    const headers: Record<string, string> = {};
    if (route.type) headers['content-type'] = route.type;
    if (route.location) headers['location'] = route.location;
    response.writeHead(route.status ?? 200, headers);
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.after(() => {
  server.closeAllConnections();
  server.close();
});

const now = new Date('2025-12-15T08:00:00Z');
async function read(path: string, options: ReadOptions = {}): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources([`${base}${path}`], options)) results.push(result);
  return results;
}

test('an HTML page is fetched, read with its metadata, and stamped with the fetch time', async () => {
  const before = Date.now();
  const [result] = await read('/sak');
  assert.ok(result?.kind === 'article');
  assert.equal(result.article.format, 'html');
  assert.equal(result.article.title, 'Kommunestyret vedtok budsjettet etter lang debatt');
  assert.equal(result.article.url, 'https://fjordposten.example/nyheter/budsjett-vedtatt');
  assert.ok(Date.parse(result.article.fetchedAt ?? '') >= before - 1000);
});

test('redirects are followed; --now overrides the fetch time', async () => {
  const [result] = await read('/flytt', { now });
  assert.ok(result?.kind === 'article');
  assert.equal(result.article.source, `${base}/flytt`);
  assert.equal(result.article.fetchedAt, now.toISOString());
});

test('feeds are recognised by content whatever the server calls them', async () => {
  const rss = await read('/rss');
  assert.deepEqual(
    rss.map((r) => r.kind === 'article' && r.article.format),
    ['feed', 'feed', 'feed'],
  );
  const atom = await read('/feil-merket-feed');
  assert.deepEqual(
    atom.map((r) => r.kind === 'article' && r.article.url),
    ['https://fjordposten.example/sport/opprykk', 'https://fjordposten.example/sport/ski'],
  );
});

test('a plain-text page uses the charset the server declares and keeps its URL', async () => {
  const [result] = await read('/latin1');
  assert.ok(result?.kind === 'article');
  assert.equal(result.article.text, 'Æresprisen gikk til Øyvind på Ålgård.');
  assert.equal(result.article.format, 'text');
  assert.equal(result.article.url, `${base}/latin1`);
});

test('every failure is one error naming the URL', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));

  const cases: { name: string; path: string; options?: ReadOptions; error: string | RegExp }[] = [
    { name: 'HTTP 404', path: '/borte', error: 'cannot fetch: HTTP 404 Not Found' },
    { name: 'HTTP 500', path: '/krasj', error: 'cannot fetch: HTTP 500 Internal Server Error' },
    {
      name: 'timeout',
      path: '/treg',
      options: { fetchTimeoutMs: 300 },
      error: 'cannot fetch: timed out after 0.3 s',
    },
    {
      name: 'too large',
      path: '/stor',
      options: { maxBytes: 1000 },
      error: /^too large: (more than )?4\.9 kB, the limit is 1000 bytes \(--max-bytes\)$/,
    },
    { name: 'an image', path: '/bilde', error: 'not an article: content type image/png' },
    { name: 'empty body', path: '/tom', error: 'empty (0 bytes)' },
  ];
  for (const { name, path, options, error } of cases) {
    const results = await read(path, options);
    assert.equal(results.length, 1, name);
    const [result] = results;
    assert.ok(result?.kind === 'error', name);
    assert.equal(result.source, `${base}${path}`, name);
    if (typeof error === 'string') assert.equal(result.error, error, name);
    else assert.match(result.error, error, name);
  }

  const refusedUrl = `http://127.0.0.1:${closedPort}/sak`;
  const refused: SourceResult[] = [];
  for await (const result of readSources([refusedUrl])) refused.push(result);
  assert.deepEqual(refused, [
    {
      kind: 'error',
      source: refusedUrl,
      error: `cannot fetch: connection refused by 127.0.0.1:${closedPort}`,
    },
  ]);
});

test('network error codes are described in plain words', () => {
  const failed = (code: string): Error =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
  const url = 'https://avisa.example/sak';
  const cases: [unknown, string][] = [
    [failed('ENOTFOUND'), 'host not found: avisa.example'],
    [failed('ECONNRESET'), 'connection to avisa.example was closed unexpectedly'],
    [failed('UND_ERR_CONNECT_TIMEOUT'), 'timed out connecting to avisa.example'],
    [failed('CERT_HAS_EXPIRED'), 'TLS certificate problem with avisa.example (CERT_HAS_EXPIRED)'],
    [
      new TypeError('fetch failed', {
        cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      }),
      'connection refused by avisa.example',
    ],
    [Object.assign(new Error('aborted'), { name: 'TimeoutError' }), 'timed out after 15 s'],
  ];
  for (const [error, text] of cases) assert.equal(describeFetchError(error, url, '15 s'), text);
});
