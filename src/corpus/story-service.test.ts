import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../contract/index.ts';
import { makeArticle } from '../store/store-fixtures.ts';
import { latestSchemaVersion, migrations } from '../store/sqlite/index.ts';
import { openSqliteStore, type CorpusStore } from '../store/index.ts';
import type { GlobalEntity } from './link/entity-linker.ts';
import type { StoryClustererState } from './story-clusterer.ts';
import { createStoryService } from './story-service.ts';
import { legacyCorpusState } from './test-records.ts';

const bridge = (body: string, published: string) =>
  makeArticle({ title: 'Tromsøbrua stengt for trafikk', body, published });
const quota = (body: string, published: string) =>
  makeArticle({ title: 'Torskekvoten kuttes igjen', body, published });

const articles = {
  bridge1: bridge(
    'Tromsøbrua ble stengt for all trafikk tirsdag etter at inspektører fant sprekker i brukarene. Statens vegvesen sier brua holdes stengt til sprekkene i Tromsøbrua er undersøkt.',
    '2025-03-04',
  ),
  quota1: quota(
    'Fiskeridepartementet kutter torskekvoten i Barentshavet med en femtedel. Fiskerne i Lofoten frykter for torskefisket og sier kuttet i torskekvoten rammer kystflåten hardt.',
    '2025-03-05',
  ),
  bridge2: bridge(
    'Statens vegvesen åpner Tromsøbrua for gående og syklister, men bilene må fortsatt kjøre omvei. Sprekkene i brukarene på Tromsøbrua skal repareres i sommer.',
    '2025-03-07',
  ),
  quota2: quota(
    'Kystflåten protesterer mot kuttet i torskekvoten. Fiskerne i Lofoten krever at Fiskeridepartementet ser på torskekvoten i Barentshavet på nytt.',
    '2025-03-08',
  ),
};

let dir: string;
let path: string;
let store: CorpusStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sakskart-service-'));
  path = join(dir, 'test.db');
  store = openSqliteStore(path);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storyIds(): Promise<Map<string, string>> {
  const all = await store.assignmentsAfter(0);
  return new Map(all.map((a) => [a.articleId, a.storyId]));
}

test('articles on two subjects are filed under two stories as they are stored', async () => {
  const service = await createStoryService(store);
  for (const article of Object.values(articles)) assert.equal((await service.put(article)).status, 'added');
  const of = await storyIds();
  assert.equal(of.get(articles.bridge1.id), of.get(articles.bridge2.id));
  assert.equal(of.get(articles.quota1.id), of.get(articles.quota2.id));
  assert.notEqual(of.get(articles.bridge1.id), of.get(articles.quota1.id));
  assert.equal((await store.listStories({ limit: 10, offset: 0 })).length, 2);
});

test('putting a stored article again files nothing twice', async () => {
  const service = await createStoryService(store);
  await service.put(articles.bridge1);
  assert.equal((await service.put(articles.bridge1)).status, 'unchanged');
  assert.equal((await store.assignmentsAfter(0)).length, 1);
});

test('after a stop, the next service goes on from the rows saved with each article', async () => {
  const first = await createStoryService(store);
  await first.put(articles.bridge1);
  await first.put(articles.quota1);
  // No flush: as if the process was killed after its last commit.
  await store.close();
  store = openSqliteStore(path);
  const second = await createStoryService(store);
  assert.equal(second.storyOf(articles.bridge1.id), (await storyIds()).get(articles.bridge1.id));
  await second.put(articles.bridge2);
  const of = await storyIds();
  assert.equal(of.get(articles.bridge2.id), of.get(articles.bridge1.id));
  assert.equal(of.size, 3);
});

test('articles stored without the service are filed when it starts', async () => {
  await store.putArticle(articles.quota1);
  await store.putArticle(articles.quota2);
  const service = await createStoryService(store);
  assert.deepEqual(await store.unassignedArticleIds(), []);
  assert.equal(service.storyOf(articles.quota1.id), service.storyOf(articles.quota2.id));
});

test('two services on one database (two processes) file into the same stories', async () => {
  const other = openSqliteStore(path);
  try {
    const here = await createStoryService(store);
    const there = await createStoryService(other);
    await here.put(articles.bridge1);
    await there.put(articles.quota1);
    await here.put(articles.quota2);
    await there.put(articles.bridge2);
    const of = await storyIds();
    assert.equal(of.get(articles.quota2.id), of.get(articles.quota1.id));
    assert.equal(of.get(articles.bridge2.id), of.get(articles.bridge1.id));
    assert.equal((await store.listStories({ limit: 10, offset: 0 })).length, 2);
  } finally {
    await other.close();
  }
});

test('an entity seen from a story lists only that story’s sources; the whole entity lists all', async () => {
  const service = await createStoryService(store);
  const travellers = bridge(
    'Reisende til Lofoten må kjøre omvei så lenge Tromsøbrua er stengt, sier Statens vegvesen.',
    '2025-03-06',
  );
  const lofoten = (article: ArticleRecord): ArticleRecord => {
    const start = article.body.indexOf('Lofoten');
    const mention = { start, end: start + 'Lofoten'.length, text: 'Lofoten' };
    return { ...article, entities: [{ id: 'lofoten', name: 'Lofoten', type: 'GPE', mentions: [mention] }] };
  };
  await service.put(lofoten(articles.quota1));
  await service.put(lofoten(travellers));
  const [assignment] = await store.assignmentsOf([travellers.id]);
  const id = assignment?.links['lofoten'] ?? '';
  assert.deepEqual(service.entity(id)?.sources, [articles.quota1.id, travellers.id]);
  const inStory = service.entity(id, [travellers.id]);
  assert.deepEqual(inStory?.sources, [travellers.id]);
  assert.deepEqual(inStory?.aliases, [{ text: 'Lofoten', sources: [travellers.id] }]);
  // The entity's own page lists its latest sources and counts them all.
  const overview = service.entityOverview(id, 1);
  assert.deepEqual(overview?.sources, [travellers.id]);
  assert.equal(overview?.sourceCount, 2);
  assert.deepEqual(overview?.aliases, [{ text: 'Lofoten', sources: [travellers.id], sourceCount: 2 }]);
});

test('a database of schema 4 (state saved whole) opens with its stories, links and entities intact', async () => {
  await store.close();
  rmSync(path, { force: true });
  const filed: { record: ArticleRecord; storyId: string; links: Record<string, string> }[] = [];
  const start = articles.quota2.body.indexOf('Lofoten');
  const place = {
    id: 'lofoten',
    name: 'Lofoten',
    type: 'GPE' as const,
    mentions: [{ start, end: start + 7, text: 'Lofoten' }],
  };
  const early = [articles.bridge1, articles.quota1, { ...articles.quota2, entities: [place] }];
  const legacy = legacyCorpusState(early, (record, storyId, links) => filed.push({ record, storyId, links }));
  writeSchema4Database(path, filed, { clusterer: legacy.clusterer, linker: legacy.linker, savedAfter: 2 });

  store = openSqliteStore(path);
  assert.equal((await store.stats()).schemaVersion, latestSchemaVersion);
  const before = await store.listStories({ limit: 10, offset: 0 });
  const service = await createStoryService(store);
  assert.deepEqual(await store.listStories({ limit: 10, offset: 0 }), before);
  for (const { record, storyId, links } of filed) {
    assert.equal(service.storyOf(record.id), storyId);
    assert.deepEqual((await store.assignmentsOf([record.id]))[0]?.links, links);
  }
  // The entity of the article filed after the saved state is there under its stored id.
  const placeId = filed[2]?.links[place.id] ?? '';
  assert.equal(service.entity(placeId)?.name, 'Lofoten');
  assert.equal(await store.loadCorpusState('story-clusterer'), null, 'the blobs are converted and gone');
  await service.put(articles.bridge2);
  assert.equal(service.storyOf(articles.bridge2.id), service.storyOf(articles.bridge1.id));
});

/** A database as schema 4 left it: migrations 1-4, the articles, their stories and the state saved whole. */
function writeSchema4Database(
  file: string,
  filed: { record: ArticleRecord; storyId: string; links: Record<string, string> }[],
  state: { clusterer: StoryClustererState; linker: GlobalEntity[]; savedAfter: number },
): void {
  const db = new Database(file);
  db.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const migration of migrations.filter((m) => m.version <= 4)) {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'x');
  }
  const now = '2025-03-10T00:00:00Z';
  for (const [at, { record, storyId, links }] of filed.entries()) {
    db.prepare(
      'INSERT INTO articles (id, source, title, language, genre, published, ingested_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      record.id,
      record.source,
      record.title,
      record.language,
      record.genre,
      record.published,
      now,
      JSON.stringify(record),
    );
    db.prepare(
      `INSERT INTO stories (id, title, article_count, updated_at) VALUES (?, ?, 0, ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(storyId, record.title, now);
    db.prepare('INSERT INTO article_stories (seq, article_id, story_id, links) VALUES (?, ?, ?, ?)').run(
      at + 1,
      record.id,
      storyId,
      JSON.stringify(links),
    );
    db.prepare(
      `UPDATE stories SET article_count = article_count + 1, first_published = coalesce(first_published, ?),
       last_published = ? WHERE id = ?`,
    ).run(record.published, record.published, storyId);
  }
  // Saved after the first `savedAfter` articles, as the old version did every so often: the rest is newer.
  const partial = legacyCorpusState(filed.slice(0, state.savedAfter).map((f) => f.record));
  for (const [name, value] of [
    ['story-clusterer', partial.clusterer],
    ['entity-linker', partial.linker],
  ] as const) {
    db.prepare('INSERT INTO corpus_state (name, value, seq, updated_at) VALUES (?, ?, ?, ?)').run(
      name,
      JSON.stringify(value),
      state.savedAfter,
      now,
    );
  }
  db.close();
}
