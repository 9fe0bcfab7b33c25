import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeArticle } from '../store/store-fixtures.ts';
import { openSqliteStore, type CorpusStore } from '../store/index.ts';
import { createStoryService } from './story-service.ts';

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

test('after a stop without saving state, the next service replays the newer assignments', async () => {
  const first = await createStoryService(store, { saveEvery: 1000 });
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

test('flush saves the clusterer and linker state, so a new service needs no replay', async () => {
  const service = await createStoryService(store, { saveEvery: 1000 });
  await service.put(articles.bridge1);
  await service.flush();
  const saved = await store.loadCorpusState('story-clusterer');
  assert.equal(saved?.seq, 1);
  assert.equal((await store.loadCorpusState('entity-linker'))?.seq, 1);
});

test('a merge made after the state was saved is replayed on open, so the clusterer matches the store', async () => {
  const first = await createStoryService(store);
  await first.put(articles.bridge1);
  await first.put(articles.quota1);
  await first.flush();
  const bridgeStory = first.storyOf(articles.bridge1.id) ?? '';
  const quotaStory = first.storyOf(articles.quota1.id) ?? '';
  // Another writer files a bridging article and folds the quota story into the bridge story.
  await store.putArticle(articles.quota2);
  await store.saveStoryAssignment({
    articleId: articles.quota2.id,
    story: { id: bridgeStory, title: null },
    merged: [quotaStory],
    links: {},
  });
  const second = await createStoryService(store);
  assert.equal(second.storyOf(articles.quota1.id), bridgeStory);
  assert.equal(second.storyOf(articles.quota2.id), bridgeStory);
  assert.equal(await store.getStory(quotaStory), null);
  assert.equal((await store.getStory(bridgeStory))?.story.articleCount, 3);
});
