import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Quote } from '../../contract/index.ts';
import { createEntityLinker } from './entity-linker.ts';

type Spec = [name: string, type: EntityType, mentions?: string[]];

/** A minimal article: only what the linker reads. */
function article(id: string, specs: Spec[], quotes: Quote[] = []) {
  const entities: Entity[] = specs.map(([name, type, mentions], i) => ({
    id: `e${i + 1}`,
    name,
    type,
    mentions: (mentions ?? [name]).map((text) => ({ start: 0, end: text.length, text })),
  }));
  return { id, entities, quotes };
}

/** Links each article in order and returns the global id of every (article, name). */
function link(articles: ReturnType<typeof article>[]) {
  const linker = createEntityLinker();
  const ids = new Map<string, string>();
  for (const a of articles) {
    const map = linker.addArticle(a);
    for (const e of a.entities) ids.set(`${a.id}:${e.name}`, map.get(e.id) ?? '?');
  }
  return { linker, ids };
}

const sameReferent: { title: string; a: Spec; b: Spec }[] = [
  { title: 'dash and case variants of a Korean name', a: ['Kim Jong-un', 'PER'], b: ['Kim Jong Un', 'PER'] },
  { title: 'capitalised given-name part', a: ['Kim Jong-un', 'PER'], b: ['Kim Jong-Un', 'PER'] },
  {
    title: 'Norwegian and English transliteration (sj/sh, j/i)',
    a: ['Sergej Sjojgu', 'PER'],
    b: ['Sergei Shoigu', 'PER'],
  },
  { title: 'endings -yj, -yy and -y', a: ['Volodymyr Zelenskyj', 'PER'], b: ['Volodymyr Zelenskyy', 'PER'] },
  {
    title: 'ending -y without a second letter',
    a: ['Volodymyr Zelenskyj', 'PER'],
    b: ['Volodymyr Zelensky', 'PER'],
  },
  { title: 'tsj and ch, -ij and -y', a: ['Dmitrij Peskov', 'PER'], b: ['Dmitry Peskov', 'PER'] },
  {
    title: 'one letter off in a long surname',
    a: ['Dmitrij Medvedev', 'PER'],
    b: ['Dmitrij Medvedjev', 'PER'],
  },
  { title: 'an acronym in two cases', a: ['Nato', 'ORG'], b: ['NATO', 'ORG'] },
  { title: 'a genitive name', a: ['Nord-Korea', 'GPE'], b: ['Nord-Koreas', 'GPE'] },
  { title: 'a dash left out', a: ['Sør-Korea', 'GPE'], b: ['Sør Korea', 'GPE'] },
  {
    title: 'a place tagged LOC in one article and GPE in another',
    a: ['Donbas', 'LOC'],
    b: ['Donbas', 'GPE'],
  },
  {
    title: 'a surname alone when only one person in the corpus has it',
    a: ['Vladimir Putin', 'PER'],
    b: ['Putin', 'PER', ['Putin', 'Putins']],
  },
  { title: 'a dashed surname alone', a: ['Hossein Amir-Abdollahian', 'PER'], b: ['Amir-Abdollahian', 'PER'] },
  { title: 'a surname seen first, then the full name', a: ['Støre', 'PER'], b: ['Jonas Gahr Støre', 'PER'] },
];

for (const { title, a, b } of sameReferent) {
  test(`links as one entity: ${title} (${a[0]} / ${b[0]})`, () => {
    const { ids } = link([article('a1', [a]), article('a2', [b])]);
    assert.equal(ids.get(`a1:${a[0]}`), ids.get(`a2:${b[0]}`));
  });
}

const differentReferents: { title: string; a: Spec; b: Spec }[] = [
  { title: 'two Kims of one dynasty', a: ['Kim Jong-un', 'PER'], b: ['Kim Il-sung', 'PER'] },
  { title: 'father and son', a: ['Kim Jong-un', 'PER'], b: ['Kim Jong-il', 'PER'] },
  { title: 'one letter apart in a short surname', a: ['Per Hansen', 'PER'], b: ['Per Jansen', 'PER'] },
  {
    title: 'same surname, other first name',
    a: ['Jens Stoltenberg', 'PER'],
    b: ['Thorvald Stoltenberg', 'PER'],
  },
  { title: 'a person and a place with the same name', a: ['Georgia Meloni', 'PER'], b: ['Georgia', 'GPE'] },
  { title: 'an organisation and a country spelled alike', a: ['Sør-Korea', 'GPE'], b: ['Sør-Korea', 'ORG'] },
];

for (const { title, a, b } of differentReferents) {
  test(`keeps apart: ${title} (${a[0]} / ${b[0]})`, () => {
    const { ids } = link([article('a1', [a]), article('a2', [b])]);
    assert.notEqual(ids.get(`a1:${a[0]}`), ids.get(`a2:${b[0]}`));
  });
}

test('a surname alone joins the one full name in its own article', () => {
  const { ids } = link([
    article('a1', [['Jens Stoltenberg', 'PER']]),
    article('a2', [
      ['Thorvald Stoltenberg', 'PER'],
      ['Stoltenberg', 'PER'],
    ]),
  ]);
  assert.equal(ids.get('a2:Stoltenberg'), ids.get('a2:Thorvald Stoltenberg'));
  assert.notEqual(ids.get('a2:Stoltenberg'), ids.get('a1:Jens Stoltenberg'));
});

test('a surname alone that two people in the corpus share joins neither', () => {
  const { ids } = link([
    article('a1', [['Kim Jong-un', 'PER']]),
    article('a2', [['Kim Il-sung', 'PER']]),
    article('a3', [['Kim', 'PER']]),
  ]);
  assert.notEqual(ids.get('a3:Kim'), ids.get('a1:Kim Jong-un'));
  assert.notEqual(ids.get('a3:Kim'), ids.get('a2:Kim Il-sung'));
});

test('aliases and roles are kept with the articles that gave them', () => {
  const quote: Quote = {
    speaker: 'e1',
    speakerName: 'Stein Tønnesson',
    speakerRole: 'forsker ved Prio',
    text: 'Dette er et vendepunkt',
    kind: 'direct',
    cue: 'sier',
    outlet: null,
    start: 0,
    end: 10,
  };
  const { linker, ids } = link([
    article('a1', [['Stein Tønnesson', 'PER', ['Stein Tønnesson', 'Tønnesson']]], [quote]),
    article('a2', [['Stein Tonnesson', 'PER']]),
  ]);
  const entity = linker.get(ids.get('a1:Stein Tønnesson') ?? '');
  assert.deepEqual(entity?.sources, ['a1', 'a2']);
  assert.deepEqual(entity?.roles, [{ text: 'forsker ved Prio', sources: ['a1'] }]);
  assert.deepEqual(
    entity?.aliases.map((a) => a.text),
    ['Stein Tønnesson', 'Tønnesson', 'Stein Tonnesson'],
  );
  assert.equal(entity?.mentionCount, 3);
});

test('the canonical name is the fullest form', () => {
  const { linker, ids } = link([
    article('a1', [['Putin', 'PER']]),
    article('a2', [['Vladimir Putin', 'PER']]),
  ]);
  assert.equal(linker.get(ids.get('a1:Putin') ?? '')?.name, 'Vladimir Putin');
});

test('the state survives a JSON round trip and keeps linking', () => {
  const { linker, ids } = link([
    article('a1', [
      ['Kim Jong-un', 'PER'],
      ['Nato', 'ORG'],
    ]),
  ]);
  const restored = createEntityLinker({ entities: JSON.parse(JSON.stringify(linker.entities())) });
  const map = restored.addArticle(
    article('a2', [
      ['Kim Jong Un', 'PER'],
      ['NATO', 'ORG'],
      ['Iran', 'GPE'],
    ]),
  );
  assert.equal(map.get('e1'), ids.get('a1:Kim Jong-un'));
  assert.equal(map.get('e2'), ids.get('a1:Nato'));
  assert.equal(restored.entities().length, 3);
});

test('a lower-case mention such as "landet" is kept as an alias but never links two countries', () => {
  const { ids } = link([
    article('a1', [['Nord-Korea', 'GPE', ['Nord-Korea', 'landet']]]),
    article('a2', [['Russland', 'GPE', ['Russland', 'landet']]]),
  ]);
  assert.notEqual(ids.get('a1:Nord-Korea'), ids.get('a2:Russland'));
});
