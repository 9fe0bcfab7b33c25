// The stemmed index notices when the stemmers changed since it was built, and rebuilds itself from the records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureArticles as A } from '../store-fixtures.ts';
import { openSqliteStore } from './index.ts';
import { indexFields, refreshSearchIndex } from './search-index.ts';

async function withStoredFixtures(check: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-index-'));
  const path = join(dir, 'index.db');
  const store = openSqliteStore(path);
  for (const article of Object.values(A)) await store.putArticle(article);
  await store.close();
  try {
    await check(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an index row holds stems, not the words as written, and the stemming language', () => {
  assert.deepEqual(indexFields({ title: 'Soldatene kom hjem', body: 'Strømmen gikk.', language: 'nb' }), [
    'soldat kom hjem',
    'strøm gik',
    'nb',
  ]);
  assert.equal(indexFields({ title: null, body: 'Ukjent språk', language: 'xx' })[2], 'nb');
});

test('reopening with unchanged stemmers leaves the index alone', async () => {
  await withStoredFixtures(async (path) => {
    const db = new Database(path);
    assert.equal(refreshSearchIndex(db), false);
    db.close();
  });
});

test('an index built by other stemmers is rebuilt on open, and search works again', async () => {
  await withStoredFixtures(async (path) => {
    const db = new Database(path);
    // Simulate an index from an older stemmer: emptied index, a probe that no longer matches.
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')").run();
    db.prepare(
      "UPDATE store_meta SET value = json_set(value, '$.hash', 'stale') WHERE key = 'stemming_probe'",
    ).run();
    db.close();
    const store = openSqliteStore(path);
    const hits = await store.search({ text: 'soldatene' });
    assert.deepEqual(hits.map((hit) => hit.id).sort(), [A.commentary.id, A.exercise.id].sort());
    await store.close();
  });
});
