// End to end: the seeds ingested through bin/sakskart form a stored story, listed by the CLI and served by the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStoryReader } from '../src/corpus/story-reader.ts';
import { createStoryService } from '../src/corpus/story-service.ts';
import { createApp } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/sakskart');
const seeds = join(root, '../shared/seeds');
const seedCount = readdirSync(seeds).filter((f) => f.endsWith('.txt')).length;
const dir = mkdtempSync(join(tmpdir(), 'sakskart-stories-'));
const db = join(dir, 'stories.db');

function sakskart(args: string[]) {
  const run = spawnSync(bin, [...args, '--db', db], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Listed {
  id: string;
  title: string | null;
  articleCount: number;
  summary: string[];
}
const listed = (): Listed[] =>
  sakskart(['stories', '--json'])
    .stdout.split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Listed);

before(() => {
  const run = sakskart(['ingest', '--json', seeds]);
  assert.equal(run.code, 0, run.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the seeds form one story (or two), and `stories --json` lists every seed in them', () => {
  const stories = listed();
  assert.ok(stories.length >= 1 && stories.length <= 2, JSON.stringify(stories.map((s) => s.id)));
  assert.equal(
    stories.reduce((n, s) => n + s.articleCount, 0),
    seedCount,
  );
  for (const story of stories) assert.ok(story.title, 'every story has a title');
});

test('ingesting the seeds again assigns no article twice', () => {
  const before = listed();
  const run = sakskart(['ingest', '--quiet', seeds]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(listed(), before);
});

test('GET /api/stories/:id returns the assembled story with its timeline and disagreements', async () => {
  const [first] = listed();
  assert.ok(first);
  const store = openStore(db);
  try {
    const service = await createStoryService(store);
    const app = createApp({ store, stories: createStoryReader(store, service) });
    const list = (await (await app.request('/api/stories')).json()) as { items: Listed[] };
    assert.deepEqual(
      list.items.map((s) => s.id),
      listed().map((s) => s.id),
    );
    const response = await app.request(`/api/stories/${first.id}`);
    assert.equal(response.status, 200);
    const story = (await response.json()) as Record<string, unknown>;
    assert.equal(story['id'], first.id);
    for (const key of ['articles', 'entities', 'timeline', 'claims', 'disagreements', 'quotes', 'summary'])
      assert.ok(Array.isArray(story[key]), `${key} is an array`);
    assert.equal((story['articles'] as unknown[]).length, first.articleCount);
    assert.ok((story['timeline'] as unknown[]).length > 0, 'the timeline has events');
    const network = story['network'] as { nodes: { id: string }[]; edges: unknown[] };
    assert.ok(network.nodes.length > 0);
    const entity = await app.request(`/api/entities/${network.nodes[0]?.id ?? ''}`);
    assert.equal(entity.status, 200);
    const body = (await entity.json()) as { stories: { id: string }[]; aliases: unknown[] };
    assert.ok(body.stories.some((s) => s.id === first.id));
    assert.equal((await app.request('/api/stories/ingen-slik')).status, 404);
  } finally {
    await store.close();
  }
});

test('`export story ID` reads the stored story', () => {
  const [first] = listed();
  assert.ok(first);
  const run = sakskart(['export', 'story', first.id, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as { id: string }).id, first.id);
});
