// The Store contract as one suite: every dialect (sqlite/ now, postgres/ later) runs it against its factory.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  type CorpusRows,
  type CorpusStore,
  type SearchQuery,
} from './store.ts';
import { fixtureArticles as A, makeArticle, type FixtureName } from './store-fixtures.ts';

/** A fresh, empty place to keep a store; `open` may be called again after `close` to reopen the same data. */
export interface StoreLocation {
  open(): CorpusStore | Promise<CorpusStore>;
  dispose(): void | Promise<void>;
}

const titleOf = (name: FixtureName) => A[name].title;

export function runStoreSuite(
  dialect: string,
  createLocation: () => StoreLocation | Promise<StoreLocation>,
): void {
  describe(`Store contract (${dialect})`, () => {
    let location: StoreLocation;
    let store: CorpusStore;
    beforeEach(async () => {
      location = await createLocation();
      store = await location.open();
      for (const article of Object.values(A)) await store.putArticle(article);
    });
    afterEach(async () => {
      await store.close();
      await location.dispose();
    });
    const titles = async (query: SearchQuery) => (await store.search(query)).map((hit) => hit.title);

    test('getArticle returns the stored record unchanged, and null for an unknown id', async () => {
      assert.deepEqual(await store.getArticle(A.commentary.id), A.commentary);
      assert.equal(await store.getArticle('0'.repeat(40)), null);
    });

    test('putting the same body again changes nothing and says so', async () => {
      assert.deepEqual(await store.putArticle(A.fishing), { id: A.fishing.id, status: 'unchanged' });
      const renamed = { ...A.fishing, title: 'Annen tittel', source: 'annen/kilde.html' };
      assert.equal((await store.putArticle(renamed)).status, 'unchanged');
      assert.deepEqual(await store.getArticle(A.fishing.id), A.fishing);
      assert.equal((await store.stats()).articles, Object.keys(A).length);
      const fresh = makeArticle({ body: 'Kommunestyret vedtok budsjettet etter lang debatt.' });
      assert.deepEqual(await store.putArticle(fresh), { id: fresh.id, status: 'added' });
    });

    test('a record that breaks the contract is refused', async () => {
      await assert.rejects(
        store.putArticle({ ...A.fishing, id: 'ikke-en-hash' }),
        /not a valid article record/,
      );
    });

    const stemmed: [string, FixtureName[]][] = [
      ['soldatene', ['commentary', 'exercise']],
      ['soldater', ['commentary', 'exercise']],
      ['Soldat', ['commentary', 'exercise']],
      ['fiskerne torsk', ['fishing']],
      ['torsk', ['fishing', 'recipe']],
      ['torsk -fiskesuppe', ['fishing']],
      ['torsk -"godt brød"', ['fishing']],
      ['"nye brua"', ['bridge']],
      ['"brua nye"', []],
      ['brua soldatene', []],
      ['kraftverkene', ['storm']],
      ['regjeringens utstyr', ['commentary']],
      ['strøm', ['storm']],
      ['sommeren', []],
    ];
    for (const [text, expected] of stemmed) {
      test(`search "${text}" finds ${expected.length ? expected.join(', ') : 'nothing'} through stems`, async () => {
        assert.deepEqual((await titles({ text })).sort(), expected.map(titleOf).sort());
      });
    }

    test('an article in another language is stemmed, and matched, by its own pack', async () => {
      const danish = makeArticle({
        body: 'Regeringen vil bygge en ny bro over fjorden til sommer.',
        language: 'da',
      });
      await store.putArticle(danish);
      assert.deepEqual(
        (await store.search({ text: 'regeringens bro' })).map((hit) => hit.id),
        [danish.id],
      );
      assert.deepEqual(await store.search({ text: 'regeringens bro', language: 'nb' }), []);
    });

    test('a match in the title ranks above a match in the body only', async () => {
      const hits = await store.search({ text: 'soldater' });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [A.commentary.id, A.exercise.id],
      );
      assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
    });

    const filtered: [string, SearchQuery, FixtureName[]][] = [
      ['language', { text: '', language: 'nn' }, ['bridge']],
      ['genre', { text: '', genre: 'commentary' }, ['commentary']],
      ['year from', { text: '', from: '2024' }, ['exercise', 'commentary', 'bridge']],
      ['day from overlaps a month', { text: '', from: '2024-06-19' }, ['commentary', 'bridge']],
      ['year to', { text: '', to: '2023' }, ['fishing', 'storm']],
      ['month range', { text: '', from: '2024-04', to: '2024-06-10' }, ['commentary']],
      ['words and filter', { text: 'soldatene', genre: 'news' }, ['exercise']],
      ['words and date', { text: 'torsk', from: '2020' }, ['fishing']],
      ['exclusions only', { text: '-torsk -soldatene' }, ['bridge', 'storm']],
    ];
    for (const [name, query, expected] of filtered) {
      test(`filter by ${name} keeps only matching articles`, async () => {
        assert.deepEqual((await titles(query)).sort(), expected.map(titleOf).sort());
      });
    }

    test('a blank query lists by date, newest first, undated last, paged by limit and offset', async () => {
      const all = await titles({ text: '', limit: 100 });
      assert.deepEqual(
        all,
        ['bridge', 'commentary', 'exercise', 'fishing', 'storm', 'recipe'].map((n) =>
          titleOf(n as FixtureName),
        ),
      );
      const pages = [
        ...(await titles({ text: '', limit: 4 })),
        ...(await titles({ text: '', limit: 4, offset: 4 })),
      ];
      assert.deepEqual(pages, all);
    });

    test('a bad date bound is refused with a message', async () => {
      await assert.rejects(store.search({ text: 'torsk', from: 'juni 2024' }), /not YYYY/);
    });

    test('snippets mark every matched word in the original text', async () => {
      const [hit] = await store.search({ text: 'soldatene', genre: 'news' });
      assert.equal(
        hit?.snippet,
        `Over tusen ${S}soldater${E} deltok i vinterøvelsen ved grensen i Finnmark. Forsvaret sier øvelsen gikk etter planen, og flere av deltakerne var vernepliktige fra Troms.`,
      );
    });

    test('in a long body the snippet is a window around the match', async () => {
      const [hit] = await store.search({ text: 'kraftverket strømmen' });
      assert.ok(hit);
      assert.ok(hit.snippet.startsWith('…') && hit.snippet.endsWith('…'), hit.snippet);
      assert.ok(
        hit.snippet.includes(`${S}strømmen${E} tilbake, da ${S}kraftverket${E} i dalen`),
        hit.snippet,
      );
      assert.ok(hit.snippet.length < 260, `${hit.snippet.length} characters`);
    });

    test('a hit in the title only shows the start of the body, unmarked', async () => {
      const [hit] = await store.search({ text: 'rekordfangst' });
      assert.ok(hit);
      assert.ok(hit.snippet.startsWith('Fiskerne i Lofoten har aldri'));
      assert.ok(!hit.snippet.includes(S));
    });

    const weird = [
      '"',
      'AND (',
      'NOT',
      'OR OR',
      'NEAR(',
      '*',
      '-',
      '---',
      '((',
      ')',
      'a"b"c',
      '^',
      'title:x',
      '\u0000',
      '"""',
    ];
    for (const text of weird) {
      test(`the query ${JSON.stringify(text)} is read as words and does not fail`, async () => {
        assert.ok(Array.isArray(await store.search({ text })));
      });
    }

    test('an unclosed quote still searches its words', async () => {
      assert.deepEqual((await titles({ text: '"nye brua' })).sort(), [titleOf('bridge')]);
    });

    test('findIds finds ids by prefix, in any case, and nothing for non-hex text', async () => {
      const prefix = A.bridge.id.slice(0, 6);
      assert.ok((await store.findIds(prefix)).includes(A.bridge.id));
      assert.deepEqual(await store.findIds(A.bridge.id.toUpperCase()), [A.bridge.id]);
      assert.deepEqual(await store.findIds('zzzzzz'), []);
      assert.equal((await store.findIds('', 2)).length, 2);
    });

    test('stats count by language and genre and give the date span', async () => {
      const stats = await store.stats();
      assert.equal(stats.articles, 6);
      assert.deepEqual(stats.byLanguage, { nb: 4, nn: 1, unknown: 1 });
      assert.deepEqual(stats.byGenre, { news: 4, commentary: 1, other: 1 });
      assert.equal(stats.firstPublished, '2022-11-30');
      assert.equal(stats.lastPublished, '2024-06-19');
      assert.ok(stats.schemaVersion >= 1);
    });

    test('data survives close and reopen', async () => {
      const before = await store.stats();
      await store.close();
      store = await location.open();
      assert.deepEqual(await store.stats(), before);
      assert.deepEqual(await store.getArticle(A.recipe.id), A.recipe);
      assert.deepEqual(await titles({ text: 'soldatene', language: 'nb' }), [
        titleOf('commentary'),
        titleOf('exercise'),
      ]);
    });

    const assign = (article: FixtureName, story: string, merged: string[] = []) =>
      store.saveStoryAssignment({
        articleId: A[article].id,
        story: { id: story, title: titleOf(article) },
        merged,
        links: { e1: `g-${article}` },
      });

    test('a story row counts its articles and spans their publication dates', async () => {
      await assign('exercise', 's1');
      await assign('commentary', 's1');
      const found = await store.getStory('s1');
      assert.equal(found?.story.articleCount, 2);
      assert.equal(found?.story.firstPublished, A.exercise.published);
      assert.equal(found?.story.lastPublished, A.commentary.published);
      assert.equal(found?.story.titleArticleId, A.commentary.id);
      assert.deepEqual(
        found?.articles.map((a) => [a.articleId, a.links]),
        [
          [A.exercise.id, { e1: 'g-exercise' }],
          [A.commentary.id, { e1: 'g-commentary' }],
        ],
      );
      assert.equal(await store.getStory('ukjent'), null);
    });

    test('stories list newest first and page by limit and offset', async () => {
      await assign('storm', 'old');
      await assign('bridge', 'new');
      await assign('fishing', 'middle');
      const ids = async (limit: number, offset: number) =>
        (await store.listStories({ limit, offset })).map((s) => s.id);
      assert.deepEqual(await ids(10, 0), ['new', 'middle', 'old']);
      assert.deepEqual([...(await ids(2, 0)), ...(await ids(2, 2))], await ids(10, 0));
    });

    test('a merge moves the articles of the absorbed story and drops its row', async () => {
      await assign('exercise', 'a');
      await assign('commentary', 'b');
      const bridging = await assign('bridge', 'a', ['b']);
      assert.equal(await store.getStory('b'), null);
      assert.deepEqual(await store.mergesAfter(0), [{ gone: 'b', into: 'a', seq: bridging.seq }]);
      assert.deepEqual(await store.mergesAfter(bridging.seq), []);
      assert.equal((await store.getStory('a'))?.story.articleCount, 3);
      assert.deepEqual(
        (await store.assignmentsOf([A.commentary.id])).map((a) => a.storyId),
        ['a'],
      );
    });

    test('assigning an article again moves it instead of adding it twice', async () => {
      await assign('exercise', 'a');
      await assign('exercise', 'b');
      assert.equal(await store.getStory('a'), null, 'an emptied story goes');
      assert.equal((await store.getStory('b'))?.story.articleCount, 1);
      assert.equal((await store.assignmentsAfter(0)).length, 1);
    });

    test('unassigned articles are listed oldest first until they get a story', async () => {
      assert.equal((await store.unassignedArticleIds()).length, Object.keys(A).length);
      await assign('exercise', 'a');
      assert.ok(!(await store.unassignedArticleIds()).includes(A.exercise.id));
    });

    test('an article put with onAdded is stored with its story in one step, and only when new', async () => {
      const fresh = makeArticle({ body: 'Fylkestinget vedtok å bygge ny skole i bygda.' });
      let calls = 0;
      const onAdded = (_: unknown, rows: CorpusRows) => {
        calls++;
        rows.countTerms('words', [['skole', 1]]);
        return {
          assignment: { articleId: fresh.id, story: { id: 'skole', title: null }, merged: [], links: {} },
        };
      };
      assert.equal((await store.putArticle(fresh, { onAdded })).status, 'added');
      assert.equal((await store.putArticle(fresh, { onAdded })).status, 'unchanged');
      assert.equal(calls, 1);
      assert.equal((await store.getStory('skole'))?.story.articleCount, 1);
      assert.deepEqual([...store.corpusRows().termCounts('words', ['skole'])], [['skole', 1]]);
    });

    test('when onAdded throws, neither the article, its story nor the rows it wrote are stored', async () => {
      const fresh = makeArticle({ body: 'Havna fikk nytt kaianlegg i vinter.' });
      const onAdded = (_: unknown, rows: CorpusRows) => {
        rows.countTerms('words', [['kaianlegg', 1]]);
        rows.setCounter('documents:words', 1);
        throw new Error('klusteringen feilet');
      };
      await assert.rejects(store.putArticle(fresh, { onAdded }), /klusteringen feilet/);
      assert.equal(await store.getArticle(fresh.id), null);
      const rows = store.corpusRows();
      rows.refresh();
      assert.equal(rows.counter('documents:words'), 0);
      assert.deepEqual([...rows.termCounts('words', ['kaianlegg'])], []);
    });

    test('a posting list keeps the most recently posted stories, newest first', async () => {
      const rows = store.corpusRows();
      await store.inTransaction((r) => {
        for (const [touched, id] of ['a', 'b', 'c'].entries()) {
          r.putStory({ id, words: {}, entities: {}, span: null, touched, size: 1 });
          r.post(id, ['w:ferje'], touched, 2);
        }
      });
      assert.deepEqual(
        rows
          .postings(['w:ferje'], 10)
          .get('w:ferje')
          ?.map((p) => p.storyId),
        ['c', 'b'],
      );
      rows.unpost('c');
      assert.deepEqual(
        rows
          .postings(['w:ferje'], 10)
          .get('w:ferje')
          ?.map((p) => p.storyId),
        ['b'],
      );
    });

    test('entity names keep their sources, and read per article when asked', async () => {
      const rows = store.corpusRows();
      rows.putEntity({ id: 'g1', name: 'Nato', type: 'ORG', mentionCount: 2, votes: { Nato: 2 } });
      assert.equal(rows.addEntityName('g1', 'alias', 'Nato', 'a1'), true);
      assert.equal(rows.addEntityName('g1', 'alias', 'Nato', 'a2'), false);
      assert.equal(rows.addEntityName('g1', 'alias', 'NATO', 'a2'), true);
      assert.deepEqual(rows.entityNames('g1'), [
        { kind: 'alias', text: 'Nato', sources: ['a1', 'a2'] },
        { kind: 'alias', text: 'NATO', sources: ['a2'] },
      ]);
      assert.deepEqual(rows.entityNames('g1', ['a1']), [{ kind: 'alias', text: 'Nato', sources: ['a1'] }]);
    });

    test('saved state blobs (schema 4) are stamped with the last assignment, survive reopening and can go', async () => {
      assert.equal(await store.loadCorpusState('linker'), null);
      await assign('exercise', 'a');
      await assign('fishing', 'b');
      await store.saveCorpusState({ linker: '[1]', clusterer: '{}' });
      await store.close();
      store = await location.open();
      assert.deepEqual(await store.loadCorpusState('linker'), { value: '[1]', seq: 2 });
      assert.deepEqual(await store.loadCorpusState('clusterer'), { value: '{}', seq: 2 });
      await store.deleteCorpusState(['linker', 'clusterer']);
      assert.equal(await store.loadCorpusState('clusterer'), null);
    });
  });
}
