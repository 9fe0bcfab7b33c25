// End to end through bin/sakskart: extract, ingest, search, show and stats on the seeds and on our own fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContractLine } from '../src/contract/index.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../src/store/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/sakskart');
const seeds = join(root, '../shared/seeds');
const fixtures = join(root, 'test/fixtures/sources');

function sakskart(args: string[], input?: string) {
  const run = spawnSync(bin, args, {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
}

function assertContract(lines: unknown[]) {
  for (const line of lines) {
    const check = validateContractLine(line);
    assert.ok(check.ok, `contract violation: ${check.ok ? '' : check.problems.join('; ')}`);
  }
}

test('extract --json prints one valid contract record per seed article', () => {
  const run = sakskart(['extract', '--json', seeds]);
  assert.equal(run.code, 0, run.stderr);
  const lines = jsonLines(run.stdout);
  assert.equal(lines.length, readdirSync(seeds).filter((f) => f.endsWith('.txt')).length);
  assertContract(lines);
  for (const line of lines) assert.ok(!('error' in (line as object)), JSON.stringify(line).slice(0, 200));
});

test('extract --json turns every fixture into a valid record or an error line, and goes on after errors', () => {
  const run = sakskart(['extract', '--json', fixtures]);
  assert.equal(run.code, 0, run.stderr);
  const lines = jsonLines(run.stdout) as { error?: string; source: string }[];
  assertContract(lines);
  assert.ok(
    lines.some((l) => l.error),
    'the broken fixtures give error lines',
  );
  assert.ok(lines.filter((l) => !l.error).length >= 5, 'the good fixtures give records');
});

test('extract exits 1 with an error line when nothing at all can be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-empty-'));
  writeFileSync(join(dir, 'tom.txt'), '');
  const run = sakskart(['extract', '--json', join(dir, 'tom.txt'), join(dir, 'finnes-ikke.txt')]);
  assert.equal(run.code, 1);
  const lines = jsonLines(run.stdout) as { error?: string }[];
  assert.equal(lines.length, 2);
  assertContract(lines);
  assert.ok(lines.every((l) => l.error));
});

test('extract reads an article from standard input', () => {
  const text = 'Kommunen bygger ny skole\n\nFormannskapet vedtok torsdag å bygge en ny barneskole på Hop.\n';
  const run = sakskart(['extract', '--json', '-'], text);
  assert.equal(run.code, 0, run.stderr);
  const [record] = jsonLines(run.stdout) as { body: string; title: string }[];
  assert.equal(record?.title, 'Kommunen bygger ny skole');
  assert.match(record?.body ?? '', /barneskole på Hop/);
});

test('ingest of the seeds twice stores each article once, and search finds stemmed Norwegian words', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sakskart-db-')), 'test.db');
  const first = sakskart(['ingest', '--json', '--db', db, seeds]);
  assert.equal(first.code, 0, first.stderr);
  const added = jsonLines(first.stdout) as { status: string; id: string }[];
  assert.equal(added.filter((l) => l.status === 'added').length, 5);
  const second = sakskart(['ingest', '--json', '--db', db, seeds]);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(
    (jsonLines(second.stdout) as { status: string }[]).map((l) => l.status),
    ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged'],
  );
  const stats = JSON.parse(sakskart(['stats', '--json', '--db', db]).stdout) as { articles: number };
  assert.equal(stats.articles, 5);

  // "soldatenes" is written in no seed; its stem finds "soldater" and "soldatene".
  const search = sakskart(['search', '--json', '--db', db, 'soldatenes']);
  assert.equal(search.code, 0, search.stderr);
  const hits = jsonLines(search.stdout) as { id: string; snippet: string }[];
  assert.ok(hits.length >= 3, `hits: ${hits.length}`);
  const marked = (snippet: string) =>
    snippet.indexOf(HIGHLIGHT_START) >= 0 && snippet.indexOf(HIGHLIGHT_END) > 0;
  assert.ok(
    hits.every((h) => marked(h.snippet)),
    'snippets carry highlighted matches',
  );

  const show = sakskart(['show', '--db', db, added[0]!.id.slice(0, 8)]);
  assert.equal(show.code, 0, show.stderr);
  const unknown = sakskart(['show', '--db', db, 'ffffffffffff']);
  assert.equal(unknown.code, 1);
});

test('start fills an empty database with the example corpus once, and leaves a filled one alone', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sakskart-start-')), 'start.db');
  const examples = readdirSync(join(root, 'examples/articles')).length;
  const first = sakskart(['start', '--no-serve', '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /is empty: ingesting the example corpus/);
  assert.match(first.stdout, new RegExp(`^${examples} articles stored`, 'm'));
  const second = sakskart(['start', '--no-serve', '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.doesNotMatch(second.stdout, /ingesting/);
  assert.match(second.stdout, new RegExp(`^${examples} articles stored`, 'm'));
});

test('start serves the story map over the filled database until SIGTERM', { timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sakskart-start-serve-')), 'start.db');
  const child = spawn(bin, ['start', '--port', '0', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL in 100 s: ${out}`)), 100_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      });
      void exited.then((code) => reject(new Error(`start exited with ${code}: ${out}`)));
    });
    const page = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const stories = (await (await fetch(`${url}/api/stories`)).json()) as { items: unknown[] };
    assert.ok(stories.items.length >= 3, 'the example corpus forms stories');
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0);
});

test('a reader that stops early (| head) ends the run quietly, not with a crash', async () => {
  const child = spawn(bin, ['extract', '--json', seeds, fixtures], { cwd: root, env: { ...process.env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Read the first chunk only, then close our end of the pipe as `head` would.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0);
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
});
