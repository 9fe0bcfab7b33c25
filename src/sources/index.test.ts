import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSources, type ReadOptions, type SourceResult } from './index.ts';

const fixtures = fileURLToPath(new URL('../../test/fixtures/sources/', import.meta.url));
const now = new Date('2025-12-15T08:00:00Z');

async function collect(inputs: string[], options: ReadOptions = {}): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources(inputs, options)) results.push(result);
  return results;
}

/** `source: format` for articles, `source: error` for errors, with the fixture folder shortened away. */
const summarise = (results: SourceResult[]): string[] =>
  results.map((r) =>
    r.kind === 'article'
      ? `${r.article.source.replace(fixtures, '')}: ${r.article.format}`
      : `${r.source.replace(fixtures, '')}: ${r.error}`,
  );

test('the fixture folder gives one result per article or bad input, in sorted order', async () => {
  const results = await collect([fixtures], { now });
  assert.deepEqual(summarise(results), [
    'binary.txt: binary data, not text (NUL byte at offset 256)',
    'blank.txt: contains only whitespace',
    'broken.xml: malformed XML feed: it ends before <rss>, <channel>, <item>, <content:encoded> are closed (truncated?)',
    'budget.html: html',
    'https://fjordposten.example/nyheter/bibliotek: jsonl',
    'dump.jsonl#2: line 2: invalid JSON (Unterminated string in JSON at position 67)',
    'dump.jsonl#3: jsonl',
    'empty.txt: empty (0 bytes)',
    'https://fjordposten.example/nyheter/underslag-dom: feed',
    'https://fjordposten.example/nyheter/uvaer: feed',
    'https://fjordposten.example/nyheter/ferge: feed',
    'https://fjordposten.example/sport/opprykk: feed',
    'https://fjordposten.example/sport/ski: feed',
    'truncated.html: html',
    'weather-latin1.txt: text',
  ]);
  for (const result of results)
    if (result.kind === 'article') assert.equal(result.article.fetchedAt, now.toISOString());
});

test('a latin-1 text file decodes to the right letters and is kept whole, date marker and headline included', async () => {
  const [result] = await collect([join(fixtures, 'weather-latin1.txt')], { now });
  assert.ok(result?.kind === 'article');
  const { text, title, published, language } = result.article;
  assert.match(text, /^date 2025-12-12\nSnøfokk stengte fjellovergangen over Høgfjell\n\nStatens vegvesen/);
  assert.match(text, /«Vi ber bilistene følge med på værmeldingen.*», sier trafikkoperatør Åse Øvrebø\.\n$/);
  assert.deepEqual({ title, published, language }, { title: null, published: null, language: null });
});

test('without --now a file is stamped with its modification time', async () => {
  const path = join(fixtures, 'budget.html');
  const [result] = await collect([path]);
  assert.ok(result?.kind === 'article');
  assert.equal(result.article.fetchedAt, statSync(path).mtime.toISOString());
});

test('bad inputs are errors and the run goes on with the next input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-sources-'));
  try {
    const big = join(dir, 'stor.txt');
    writeFileSync(big, 'Lang sak om veibygging. '.repeat(100));
    const crlf = join(dir, 'windows.txt');
    writeFileSync(crlf, 'Brann i Moss\r\n\r\nBrannvesenet rykket ut.\r\n');
    const results = await collect([join(dir, 'mangler.txt'), big, dir, crlf, pathToFileURL(crlf).href], {
      maxBytes: 1000,
      now,
    });
    assert.deepEqual(
      summarise(results).map((line) => line.replace(dir, 'DIR')),
      [
        'DIR/mangler.txt: cannot read: no such file or directory',
        'DIR/stor.txt: too large: 2.3 kB, the limit is 1000 bytes (--max-bytes)',
        // the folder itself: both files again
        'DIR/stor.txt: too large: 2.3 kB, the limit is 1000 bytes (--max-bytes)',
        'DIR/windows.txt: text',
        'DIR/windows.txt: text',
        'DIR/windows.txt: text',
      ],
    );
    const last = results[5];
    assert.ok(last?.kind === 'article');
    assert.equal(last.article.text, 'Brann i Moss\n\nBrannvesenet rykket ut.\n', 'line ends are normalised');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder with nothing to read is one error; skipped files are reported to onSkip', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-sources-'));
  try {
    writeFileSync(join(dir, 'forside.jpg'), 'JPEG');
    writeFileSync(join(dir, '.notater.txt'), 'Skjult.');
    const skipped: string[] = [];
    const results = await collect([dir], {
      onSkip: (path, reason) => skipped.push(`${path.replace(dir, 'DIR')} ${reason}`),
    });
    assert.deepEqual(results, [
      {
        kind: 'error',
        source: dir,
        error: 'folder has no files to read (2 skipped as hidden or not article files)',
      },
    ]);
    assert.deepEqual(skipped, ['DIR/.notater.txt hidden', 'DIR/forside.jpg not an article file (.jpg)']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stdin (-) is read with its format sniffed from the content', async () => {
  const cases: { name: string; input: string; formats: string[] }[] = [
    { name: 'plain text', input: 'Ras stengte E6\n\nVeien er stengt i begge retninger.', formats: ['text'] },
    {
      name: 'HTML',
      input: '<!doctype html><html lang="nb"><body><p>Ras stengte E6 i natt.</p></body></html>',
      formats: ['html'],
    },
    {
      name: 'JSON lines',
      input: '{"text":"Ras stengte E6."}\n{"text":"Veien åpnet igjen."}\n',
      formats: ['jsonl', 'jsonl'],
    },
    {
      name: 'RSS',
      input:
        '<rss version="2.0"><channel><item><description>Ras stengte E6.</description></item></channel></rss>',
      formats: ['feed'],
    },
  ];
  for (const { name, input, formats } of cases) {
    const results = await collect(['-'], { stdin: Readable.from([Buffer.from(input)]), now });
    assert.deepEqual(
      results.map((r) => (r.kind === 'article' ? r.article.format : r.error)),
      formats,
      name,
    );
  }
  // Items without a URL are named after their container and position.
  const [jsonl] = await collect(['-'], { stdin: Readable.from([Buffer.from('{"text":"Ras."}\n')]), now });
  assert.ok(jsonl?.kind === 'article');
  assert.equal(jsonl.article.source, '-#1');
  const feed =
    '<rss><channel><item><link>https://a.example/1</link><description>En.</description></item><item><description>To.</description></item></channel></rss>';
  const items = await collect(['-'], { stdin: Readable.from([Buffer.from(feed)]), now });
  assert.deepEqual(
    items.map((r) => r.kind === 'article' && r.article.source),
    ['https://a.example/1', '-#2'],
  );
  const empty = await collect(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(empty, [{ kind: 'error', source: '-', error: 'empty (0 bytes)' }]);
});

test('the extension decides the format, except that an HTML page saved as .xml is still read as HTML', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-sources-'));
  try {
    const page = '<!doctype html><html><body><p>Ferja er tilbake i rute.</p></body></html>';
    writeFileSync(join(dir, 'a-side.xml'), page);
    writeFileSync(join(dir, 'b-side.txt'), page);
    const results = await collect([dir], { now });
    assert.deepEqual(
      results.map((r) => r.kind === 'article' && [r.article.format, r.article.text]),
      [
        ['html', 'Ferja er tilbake i rute.'],
        ['text', page],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
