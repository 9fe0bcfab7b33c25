import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../store/store-fixtures.ts';
import { openSqliteStore } from '../store/index.ts';
import type { ArticleRecord } from '../contract/index.ts';
import { createStoryReader } from './story-reader.ts';
import { createStoryService } from './story-service.ts';

/** An article whose one entity is the mayor, quoted once; spans point into the body. */
function mayorArticle(body: string, published: string, quote: string): ArticleRecord {
  const name = 'Kari Nordmann';
  const at = body.indexOf(name);
  const q = body.indexOf(quote);
  return makeArticle({
    title: 'Ordføreren vil ha ny svømmehall',
    body,
    published,
    summary: [body.slice(0, body.indexOf('.') + 1)],
    entities: [{ id: 'e1', name, type: 'PER', mentions: [{ start: at, end: at + name.length, text: name }] }],
    quotes: [
      {
        speaker: 'e1',
        speakerName: name,
        speakerRole: 'ordfører',
        text: quote,
        kind: 'direct',
        cue: 'sier',
        outlet: null,
        start: q,
        end: q + quote.length,
      },
    ],
  });
}

const first = mayorArticle(
  'Ordfører Kari Nordmann vil bygge ny svømmehall i Bodø. – Byen trenger et nytt svømmeanlegg, sier Kari Nordmann.',
  '2025-02-10',
  'Byen trenger et nytt svømmeanlegg',
);
const second = mayorArticle(
  'Bystyret i Bodø sa ja til den nye svømmehallen. – Dette er en stor dag for byen, sier ordfører Kari Nordmann om svømmehallen.',
  '2025-02-12',
  'Dette er en stor dag for byen',
);

const store = openSqliteStore(':memory:');
const service = await createStoryService(store);
const reader = createStoryReader(store, service, { syncEveryMs: 0 });
before(async () => {
  await service.put(first);
  await service.put(second);
});
after(() => store.close());

test('the list gives title, span, article count and the title article’s summary as short version', async () => {
  const [story, ...rest] = await reader.listStories({ limit: 10, offset: 0 });
  assert.deepEqual(rest, []);
  assert.equal(story?.title, 'Ordføreren vil ha ny svømmehall');
  assert.deepEqual([story?.from, story?.to, story?.articleCount], ['2025-02-10', '2025-02-12', 2]);
  assert.equal(story?.summary.length, 1);
});

test('a story comes with its articles, one linked entity as a network node, and its quotes by speaker', async () => {
  const [listed] = await reader.listStories({ limit: 1, offset: 0 });
  const story = (await reader.getStory(listed?.id ?? '')) as {
    articles: { id: string }[];
    network: { nodes: { id: string; name: string; articles: number }[] };
    quotes: { speaker: string | null }[];
    timeline: unknown[];
    disagreements: unknown[];
  };
  assert.deepEqual(
    story.articles.map((a) => a.id),
    [first.id, second.id],
  );
  assert.deepEqual(
    story.network.nodes.map((n) => [n.name, n.articles]),
    [['Kari Nordmann', 2]],
  );
  assert.equal(new Set(story.quotes.map((q) => q.speaker)).size, 1);
  assert.ok(Array.isArray(story.timeline) && Array.isArray(story.disagreements));
});

test('an entity lists its quotes from every article and the stories it is in', async () => {
  const [listed] = await reader.listStories({ limit: 1, offset: 0 });
  const story = (await reader.getStory(listed?.id ?? '')) as { network: { nodes: { id: string }[] } };
  const entity = (await reader.getEntity?.(story.network.nodes[0]?.id ?? '')) as {
    quotes: { articleId: string }[];
    stories: { id: string }[];
  };
  assert.deepEqual(
    entity.quotes.map((q) => q.articleId),
    [first.id, second.id],
  );
  assert.deepEqual(
    entity.stories.map((s) => s.id),
    [listed?.id],
  );
});

test('unknown story and entity ids give null', async () => {
  assert.equal(await reader.getStory('story-ukjent'), null);
  assert.equal(await reader.getEntity?.('g999'), null);
});

test('an entity’s name alone is read without assembling the entity, and an unknown id has none', async () => {
  const [listed] = await reader.listStories({ limit: 1, offset: 0 });
  const story = (await reader.getStory(listed?.id ?? '')) as {
    network: { nodes: { id: string; name: string }[] };
  };
  const node = story.network.nodes[0];
  assert.ok(node);
  assert.equal(await reader.entityName?.(node.id), node.name);
  assert.equal(await reader.entityName?.('g999'), null);
});
