import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clusterLabelled, readLabelledSet, STORY_FIXTURES } from './evaluate-stories.ts';
import { createStoryClusterer } from './story-clusterer.ts';

test('labels.json names every fixture article, and the folder is the label', async () => {
  const labels = JSON.parse(await readFile(resolve(STORY_FIXTURES, 'labels.json'), 'utf8')) as Record<
    string,
    string
  >;
  const files: string[] = [];
  for (const entry of await readdir(STORY_FIXTURES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of await readdir(resolve(STORY_FIXTURES, entry.name)))
      files.push(`${entry.name}/${file}`);
  }
  assert.deepEqual(Object.keys(labels).sort(), files.sort());
  for (const [file, label] of Object.entries(labels)) assert.equal(label, file.split('/')[0]);
});

test('the whole labelled set runs through the pipeline and every article gets a story', async () => {
  const items = await readLabelledSet();
  assert.ok(items.length >= 64, `${items.length} articles`);
  const clusterer = createStoryClusterer();
  for (const item of items) assert.match(clusterer.add(item.record).storyId, /^story-/);
  for (const item of items) assert.ok(clusterer.storyOf(item.record.id), item.file);
  const run = clusterLabelled(items);
  assert.equal(run.clusters.flatMap((cluster) => cluster.files).length, items.length);
});
