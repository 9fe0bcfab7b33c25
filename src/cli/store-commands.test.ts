// The search, show and stats commands end to end, in-process, on a temporary database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/index.ts';
import { fixtureArticles as A } from '../store/store-fixtures.ts';
import { main } from './main.ts';
import { formatHit } from './search.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sakskart-cli-'));
const db = join(dir, 'cli.db');

/** Runs the CLI with stdout and stderr captured (not a TTY, so no colour). */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

before(async () => {
  const store = openSqliteStore(db);
  for (const article of Object.values(A)) await store.putArticle(article);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('search prints ranked hits with the matched words in brackets when not on a terminal', async () => {
  const { code, out } = await run('search', 'soldatene', '--db', db);
  assert.equal(code, 0);
  assert.match(
    out,
    /^ {2}1\. Soldatene fortjener bedre utstyr\n {5}2024-06 · commentary · nb · [0-9a-f]{10}\n {5}\[Soldatene\] som/,
  );
  assert.match(out, / {2}2\. Stor militærøvelse i Finnmark\n.*\n.*tusen \[soldater\] deltok/);
});

test('search --json prints one hit per line, with filters applied', async () => {
  const { out } = await run(
    'search',
    'torsk',
    '--json',
    '--genre',
    'news',
    '--from',
    '2023',
    '--to',
    '2023-04',
    '--db',
    db,
  );
  const hits = out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string });
  assert.deepEqual(
    hits.map((hit) => hit.id),
    [A.fishing.id],
  );
});

test('search with no hits says so on stderr and exits 0', async () => {
  const { code, out, err } = await run('search', 'sjiraff', '--db', db);
  assert.deepEqual([code, out, err], [0, '', 'no articles match\n']);
});

test('a bad --genre or --from is refused as a usage error (exit 2)', async () => {
  assert.equal((await run('search', 'torsk', '--genre', 'sport', '--db', db)).code, 2);
  const bad = await run('search', 'torsk', '--from', 'i fjor', '--db', db);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /not YYYY, YYYY-MM or YYYY-MM-DD/);
});

test('a missing database is a clear error, not a new empty file', async () => {
  const { code, err } = await run('stats', '--db', join(dir, 'finnes-ikke.db'));
  assert.equal(code, 1);
  assert.match(err, /no sakskart database at .*finnes-ikke\.db/);
});

test('show finds an article by a 6-character prefix and prints what was removed', async () => {
  const { code, out } = await run('show', A.exercise.id.slice(0, 6), '--db', db);
  assert.equal(code, 0);
  assert.match(out, /^Stor militærøvelse i Finnmark\n2024-03-12 · news · nb\n/);
  assert.match(out, /Over tusen soldater deltok/);
  assert.match(out, /Removed \(1\):\n {2}photo-credit: Foto: Ola Nordmann \/ NTB/);
});

test('show lists the summary the article gave, and --json prints the contract record', async () => {
  assert.match(
    (await run('show', A.commentary.id, '--db', db)).out,
    /Summary given by the article:\n {2}• Teltene tålte/,
  );
  assert.deepEqual(JSON.parse((await run('show', A.commentary.id, '--json', '--db', db)).out), A.commentary);
});

const unknown: [string, RegExp][] = [
  ['abc', /at least 6 characters/],
  ['ffffffffff', /no article with id ffffffffff/],
  ['ikke-hex-id', /no article with id/],
];
for (const [id, message] of unknown) {
  test(`show ${id} fails with a message and exit 1`, async () => {
    const { code, err } = await run('show', id, '--db', db);
    assert.equal(code, 1);
    assert.match(err, message);
  });
}

test('stats counts by language and genre, as text and as JSON', async () => {
  const text = await run('stats', '--db', db);
  assert.match(
    text.out,
    /Articles: {2}6\nLanguages: nb 4, nn 1, unknown 1\nGenres: {4}news 4, commentary 1, other 1\n/,
  );
  assert.match(text.out, /Published: 2022-11-30 … 2024-06-19/);
  const json = JSON.parse((await run('stats', '--json', '--db', db)).out) as { articles: number };
  assert.equal(json.articles, 6);
});

test('a hit without a headline is named by the first words of its article, and colour replaces brackets on a terminal', () => {
  const hit = {
    id: 'c0ffee'.padEnd(40, '0'),
    title: null,
    published: null,
    language: 'nb',
    genre: 'news' as const,
    source: 'x.txt',
    score: 1,
    snippet: `…da ${HIGHLIGHT_START}brannen${HIGHLIGHT_END} startet`,
  };
  const lead = 'Brannvesenet rykket ut til en lagerhall på Nyhavna sent torsdag kveld.';
  assert.equal(
    formatHit(hit, 1, false, lead),
    '  1. Brannvesenet rykket ut til en lagerhall på Nyhavna …\n     no date · news · nb · c0ffee0000\n     …da [brannen] startet\n\n',
  );
  assert.ok(formatHit(hit, 1, true, lead).includes('…da \u001b[1;33mbrannen\u001b[0m startet'));
});
