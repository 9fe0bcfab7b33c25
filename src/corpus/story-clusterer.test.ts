import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCorpusRows } from './memory-rows.ts';
import { createStoryClusterer } from './story-clusterer.ts';
import { legacyCorpusState, testEntity, testRecord } from './test-records.ts';

const ferry1 = testRecord(
  'Ferjestreik stanser sambandet over Bjørnafjorden',
  'Mannskapene i Kystferjer gikk natt til mandag ut i streik. Ferjesambandet mellom Halhjem og Sandvikvåg står stille, og pendlerne må kjøre omveien rundt Bjørnafjorden. Forbundet krever høyere lønn for ferjemannskapene.',
  '2026-03-02',
);
const ferry2 = testRecord(
  'Ferjestreiken trappes opp – også Sandvikvåg rammes hardere',
  'Forbundet trapper opp streiken i Kystferjer fra torsdag. Flere ferjemannskaper tas ut, og sambandet over Bjørnafjorden får ingen avganger i helgen. Pendlerne fra Halhjem og Sandvikvåg må belage seg på lange køer.',
  '2026-03-05',
);
const fire1 = testRecord(
  'Brann i Lærdal: Tjue hus evakuert',
  'En kraftig brann brøt ut i den gamle trehusbebyggelsen i Lærdal søndag kveld. Brannvesenet evakuerte tjue hus, og vinden spredte flammene mellom husene. Ingen er meldt skadd.',
  '2026-03-03',
);
const fire2 = testRecord(
  'Etter brannen i Lærdal: – Vi mistet alt',
  'Dagen etter brannen i trehusbebyggelsen i Lærdal går beboerne rundt i ruinene. Fire hus brant ned, og brannvesenet sier vinden gjorde slokkingen vanskelig. De evakuerte bor nå hos familie og venner.',
  '2026-03-04',
);

test('articles on one story join it; an article on another topic starts a new story', () => {
  const clusterer = createStoryClusterer();
  const steps = [
    { record: ferry1, story: 'ferry', isNew: true },
    { record: fire1, story: 'fire', isNew: true },
    { record: ferry2, story: 'ferry', isNew: false },
    { record: fire2, story: 'fire', isNew: false },
  ];
  const idOf = new Map<string, string>();
  for (const { record, story, isNew } of steps) {
    const result = clusterer.add(record);
    assert.equal(result.isNew, isNew, record.title ?? '');
    if (isNew) idOf.set(story, result.storyId);
    else assert.equal(result.storyId, idOf.get(story), record.title ?? '');
  }
  assert.equal(clusterer.stories().length, 2);
});

test('the same story told again half a year later is a new story: stories decay with time', () => {
  const clusterer = createStoryClusterer();
  const first = clusterer.add(ferry1);
  const later = clusterer.add({ ...ferry2, published: '2026-09-20' });
  assert.equal(later.isNew, true);
  assert.notEqual(later.storyId, first.storyId);
});

test('an undated article is compared on its words alone', () => {
  const clusterer = createStoryClusterer();
  const first = clusterer.add(ferry1);
  assert.equal(clusterer.add({ ...ferry2, published: null }).storyId, first.storyId);
});

test('adding the same article twice returns its story and changes nothing', () => {
  const clusterer = createStoryClusterer();
  const first = clusterer.add(ferry1);
  const again = clusterer.add(ferry1);
  assert.deepEqual([again.storyId, again.isNew], [first.storyId, false]);
  assert.equal(clusterer.story(first.storyId)?.articleIds.length, 1);
});

test('the state is its rows: a clusterer opened over the same rows puts the next article where the first would', () => {
  const rows = new MemoryCorpusRows();
  const original = createStoryClusterer({ rows });
  const ferry = original.add(ferry1).storyId;
  original.add(fire1);
  const reopened = createStoryClusterer({ rows });
  assert.equal(reopened.storyOf(ferry1.id), ferry);
  assert.deepEqual(reopened.rank(ferry2), original.rank(ferry2));
  assert.equal(reopened.add(ferry2).storyId, ferry);
});

test('whole-state JSON of the old format is taken in: the next article goes where it went before', () => {
  const legacy = legacyCorpusState([ferry1, fire1]);
  const restored = createStoryClusterer({ state: legacy.clusterer });
  const ferry = restored.storyOf(ferry1.id);
  assert.ok(ferry);
  assert.notEqual(restored.storyOf(fire1.id), ferry);
  assert.equal(restored.add(ferry2).storyId, ferry);
});

test('a story has a headline of its own articles as title, its time span and its article ids', () => {
  const clusterer = createStoryClusterer();
  const { storyId } = clusterer.add(ferry1);
  clusterer.add(ferry2);
  const story = clusterer.story(storyId);
  assert.ok(story);
  assert.ok([ferry1.title, ferry2.title].includes(story.title));
  assert.deepEqual([story.from, story.to], ['2026-03-02', '2026-03-05']);
  assert.deepEqual(story.articleIds, [ferry1.id, ferry2.id]);
});

test('`into` files an article under a given story, as a correction or a replay from the store would', () => {
  const clusterer = createStoryClusterer();
  const ferry = clusterer.add(ferry1).storyId;
  assert.equal(clusterer.add(fire1, { into: ferry }).storyId, ferry);
  assert.equal(clusterer.add(fire2, { into: 'story-manual' }).storyId, 'story-manual');
});

test('shared named entities pull two articles together when NER has filled record.entities', () => {
  const minister = [testEntity('Hanne Vatne'), testEntity('Statnett', 'ORG')];
  const a = testRecord(
    'Ny plan for strømnettet',
    'Statsråden la fram en plan for strømnettet. Nettselskapene skal rydde skog langs linjene.',
    '2026-02-01',
    minister,
  );
  const b = testRecord(
    'Kritikk av planen for nettet',
    'Ordførerne mener planen for strømnettet kommer for sent. De vil ha mer penger til linjene.',
    '2026-02-03',
    minister,
  );
  const withEntities = createStoryClusterer();
  withEntities.add(a);
  const without = createStoryClusterer();
  without.add({ ...a, entities: [] });
  const scoreWith = withEntities.rank(b)[0]?.score ?? 0;
  const scoreWithout = without.rank({ ...b, entities: [] })[0]?.score ?? 0;
  assert.ok(scoreWith > scoreWithout, `${scoreWith} > ${scoreWithout}`);
});

test('an article that bridges two stories merges them, and the merged story is gone', () => {
  const clusterer = createStoryClusterer();
  // Forced apart, as two stories begun before their link was clear.
  clusterer.add(ferry1, { into: 'story-a' });
  clusterer.add(ferry2, { into: 'story-b' });
  clusterer.add(fire1);
  const bridge = testRecord(
    'Ferjestreiken: Pendlere over Bjørnafjorden går lei',
    'Etter en uke uten ferje mellom Halhjem og Sandvikvåg er pendlerne lei. Streiken i Kystferjer fortsetter, og forbundet varsler at flere ferjemannskaper kan bli tatt ut.',
    '2026-03-06',
  );
  const result = clusterer.add(bridge);
  assert.equal(result.merged.length, 1);
  assert.equal(clusterer.story(result.merged[0] ?? ''), undefined);
  for (const record of [ferry1, ferry2, bridge]) assert.equal(clusterer.storyOf(record.id), result.storyId);
  assert.equal(clusterer.stories().length, 2, 'the fire stays a story of its own');
});
