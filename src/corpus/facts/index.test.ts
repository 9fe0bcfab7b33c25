import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityLinker } from '../link/entity-linker.ts';
import { EXAMPLE_STORY, makeRecord } from './example-story.ts';
import { mergeStoryFacts, type LinkedRecord } from './index.ts';

function linkAll(records = EXAMPLE_STORY) {
  const linker = createEntityLinker();
  const linked: LinkedRecord[] = records.map((record) => ({ record, links: linker.addArticle(record) }));
  const idOf = (name: string) => linker.entities().find((e) => e.name === name)?.id ?? `missing ${name}`;
  return { facts: mergeStoryFacts(linked), idOf };
}

test('the same supply relation from several articles is one fact with every source, and the firmest certainty', () => {
  const { facts, idOf } = linkAll();
  const drones = facts.relations.filter(
    (r) =>
      r.subject === idOf('Iran') &&
      r.object === idOf('Russland') &&
      r.predicate === 'supplies' &&
      r.certainty !== 'denied' &&
      r.item?.startsWith('drone'),
  );
  assert.equal(drones.length, 1, 'one drone fact ("droner", "drone", "receives" turned round)');
  assert.equal(drones[0]?.sources.length, 3);
  assert.equal(drones[0]?.certainty, 'asserted');
  assert.deepEqual(
    drones[0]?.sources.map((s) => s.certainty),
    ['reported', 'estimated', 'asserted'],
  );
  assert.equal(drones[0]?.sources[0]?.text, 'Iran har sendt minst 2000 droner til Russland');
});

test('a hedged return flow stays hedged', () => {
  const { facts, idOf } = linkAll();
  const pays = facts.relations.find((r) => r.predicate === 'pays');
  assert.equal(pays?.subject, idOf('Russland'));
  assert.equal(pays?.certainty, 'hedged');
});

test('claims about the same thing within rounding merge; values beyond rounding are flagged with both holders', () => {
  const { facts } = linkAll();
  const two = facts.claims.find((c) => c.value === 2000);
  assert.deepEqual(
    two?.holders.map((h) => h.holderName),
    ['ukrainsk etterretning', 'Ukrainas forsvarsdepartement'],
  );
  const byValue = facts.disagreements.filter((d) => d.kind === 'value');
  assert.equal(byValue.length, 1);
  assert.deepEqual(byValue[0]?.sides.map((s) => s.value).sort(), [2000, 6000]);
  assert.deepEqual(
    byValue[0]?.sides[1]?.holders.map((h) => h.holderName),
    ['amerikanske myndigheter'],
  );
});

test('a relation one source asserts and another denies is flagged as a denial', () => {
  const { facts } = linkAll();
  const denial = facts.disagreements.find((d) => d.kind === 'denial');
  assert.deepEqual(
    denial?.sides.map((s) => s.certainty),
    ['asserted', 'denied'],
  );
  assert.equal(denial?.sides[1]?.text, 'Iran avviser at landet har levert droner');
});

test('the timeline merges one meeting told with a day and with a month, and puts the undated last', () => {
  const { facts } = linkAll();
  assert.deepEqual(
    facts.timeline.map((t) => [t.type, t.date, t.precision, t.sourceCount]),
    [
      ['meeting', '2023-07-19', 'day', 2],
      ['agreement', '2024-01', 'month', 2],
    ],
  );
});

const valueCases: {
  title: string;
  a: [number | null, number | null, number | null];
  b: [number | null, number | null, number | null];
  flagged: boolean;
}[] = [
  { title: '10 000 sent vs 100 000 offered', a: [10000, null, null], b: [100000, null, null], flagged: true },
  { title: '15 000–20 000 vs 42 500 losses', a: [null, 15000, 20000], b: [42500, null, null], flagged: true },
  {
    title: '1,3 millioner vs 1 280 000 (rounding)',
    a: [1300000, null, null],
    b: [1280000, null, null],
    flagged: false,
  },
  { title: 'a value inside a range', a: [null, 15000, 20000], b: [18000, null, null], flagged: false },
];

for (const { title, a, b, flagged } of valueCases) {
  test(`two sources on soldiers: ${title} ${flagged ? 'is' : 'is not'} a disagreement`, () => {
    const records = [a, b].map(([value, min, max], i) =>
      makeRecord({
        title: `Sak ${i}`,
        published: '2024-11-0' + String(i + 1),
        body: `Ifølge kilde ${i} er tallet ${value ?? `${min}-${max}`} soldater i år.`,
        claims: [
          {
            value,
            min,
            max,
            unit: 'soldat',
            text: `${value ?? `${min}-${max}`} soldater`,
            about: 'nordkoreanske soldater i Russland',
            holderName: `kilde ${i}`,
            certainty: 'reported',
          },
        ],
      }),
    );
    assert.equal(linkAll(records).facts.disagreements.length, flagged ? 1 : 0);
  });
}

test('two numbers from one article and one voice are two facts, not a dispute', () => {
  const body = 'Hæren har 1,3 millioner soldater i aktiv tjeneste og 200 000 soldater i spesialstyrkene.';
  const record = makeRecord({
    title: 'Hæren',
    published: '2024-11',
    body,
    claims: [
      {
        value: 1300000,
        unit: 'soldat',
        text: '1,3 millioner soldater',
        about: 'soldater i aktiv tjeneste',
        certainty: 'asserted',
      },
      {
        value: 200000,
        unit: 'soldat',
        text: '200 000 soldater',
        about: 'soldater i spesialstyrkene',
        certainty: 'asserted',
      },
    ],
  });
  const { facts } = linkAll([record]);
  assert.equal(facts.claims.length, 2);
  assert.equal(facts.disagreements.length, 0);
});

function twoClaims(
  a: { value: number | null; min?: number; max?: number; holderName: string | null; published: string },
  b: { value: number | null; min?: number; max?: number; holderName: string | null; published: string },
  sameArticle: boolean,
) {
  const claim = (c: typeof a, text: string) => ({
    value: c.value,
    min: c.min ?? null,
    max: c.max ?? null,
    unit: 'soldat',
    text,
    about: 'russiske soldater drept i krigen',
    holderName: c.holderName,
    certainty: 'estimated' as const,
  });
  if (sameArticle) {
    const body =
      'Vestlige anslag sier 15 000 døde soldater, mens ukrainske kilder sier 42 500 døde soldater.';
    return [
      makeRecord({
        title: 'Tap',
        published: a.published,
        body,
        claims: [claim(a, '15 000 døde soldater'), claim(b, '42 500 døde soldater')],
      }),
    ];
  }
  return [a, b].map((c, i) =>
    makeRecord({
      title: `Tap ${i}`,
      published: c.published,
      body: `Tallet er ${c.value} døde soldater.`,
      claims: [claim(c, `${c.value} døde soldater`)],
    }),
  );
}

const voiceCases: { title: string; records: ReturnType<typeof twoClaims>; flagged: boolean }[] = [
  {
    title: 'one article, two named holders',
    records: twoClaims(
      { value: 15000, holderName: 'vestlige anslag', published: '2023-02' },
      { value: 42500, holderName: 'ukrainske kilder', published: '2023-02' },
      true,
    ),
    flagged: true,
  },
  {
    title: 'one article, the writer alone giving both numbers',
    records: twoClaims(
      { value: 15000, holderName: null, published: '2023-02' },
      { value: 42500, holderName: null, published: '2023-02' },
      true,
    ),
    flagged: false,
  },
  {
    title: 'two articles a week apart',
    records: twoClaims(
      { value: 15000, holderName: null, published: '2023-02-01' },
      { value: 42500, holderName: null, published: '2023-02-08' },
      false,
    ),
    flagged: true,
  },
  {
    title: 'two articles two years apart (different moments of the war)',
    records: twoClaims(
      { value: 15000, holderName: null, published: '2022' },
      { value: 42500, holderName: null, published: '2024-11' },
      false,
    ),
    flagged: false,
  },
  {
    title: 'a daily figure and a total, more than an order of magnitude apart',
    records: twoClaims(
      { value: 1500, holderName: null, published: '2024-11-01' },
      { value: 700000, holderName: null, published: '2024-11-02' },
      false,
    ),
    flagged: false,
  },
];

for (const { title, records, flagged } of voiceCases) {
  test(`differing numbers on Russian losses: ${title} ${flagged ? 'is' : 'is not'} a disagreement`, () => {
    assert.equal(linkAll(records).facts.disagreements.length, flagged ? 1 : 0);
  });
}

test('numbers with nothing said about what they count are never set against each other', () => {
  const records = [3000, 9000].map((value, i) =>
    makeRecord({
      title: `Tall ${i}`,
      published: '2024-05-0' + String(i + 1),
      body: `Det gjelder ${value} kroner.`,
      claims: [{ value, unit: 'krone', text: `${value} kroner`, about: null, certainty: 'asserted' }],
    }),
  );
  assert.equal(linkAll(records).facts.disagreements.length, 0);
});

test('rival estimates set side by side in one article dispute each other, however differently worded', () => {
  const body =
    'Forsiktige anslag antyder at mellom 15 000 og 20 000 soldater har falt. ' +
    'Ukrainsk etterretning opererer derimot med 42 500 døde soldater.';
  const record = makeRecord({
    title: 'Tapene',
    published: '2022-08',
    body,
    claims: [
      {
        value: null,
        min: 15000,
        max: 20000,
        unit: 'soldat',
        text: '15 000 og 20 000 soldater',
        about: 'forsiktige anslag antyder falne',
        certainty: 'estimated',
      },
      {
        value: 42500,
        unit: 'soldat',
        text: '42 500 døde soldater',
        about: 'etterretning opererer med døde',
        holderName: 'ukrainsk etterretning',
        certainty: 'reported',
      },
    ],
  });
  const { facts } = linkAll([record]);
  assert.equal(facts.disagreements.length, 1);
  assert.deepEqual(
    facts.disagreements[0]?.sides.map((s) => s.value ?? s.min),
    [15000, 42500],
  );
});

test('a sentence and a period side by side in one article are not rival figures', () => {
  const body =
    'Mannen ble dømt til fire års fengsel. Ifølge dommen overførte han pengene i løpet av seks år.';
  const record = makeRecord({
    title: 'Dommen',
    published: '2025-09',
    body,
    claims: [
      { value: 4, unit: 'år', text: 'fire års', about: 'dømt til fengsel', certainty: 'asserted' },
      {
        value: 6,
        unit: 'år',
        text: 'seks år',
        about: 'overførte pengene i løpet av',
        holderName: 'dommen',
        certainty: 'reported',
      },
    ],
  });
  const { facts } = linkAll([record]);
  assert.equal(facts.disagreements.length, 0);
});

test('a mutual relation told in either order is one fact', () => {
  // e1 allies e2, where the first named is e1: Sverige in one article, Finland in the other.
  const record = (body: string, first: string, second: string) =>
    makeRecord({
      title: body,
      published: '2025-01',
      body,
      entities: [
        [first, 'GPE', [first]],
        [second, 'GPE', [second]],
      ],
      relations: [
        {
          subject: 'e1',
          predicate: 'allies',
          object: 'e2',
          item: null,
          certainty: 'asserted',
          date: null,
          evidence: body,
        },
      ],
    });
  const { facts } = linkAll([
    record('Sverige og Finland inngikk en forsvarsavtale.', 'Sverige', 'Finland'),
    record('Finland og Sverige styrker alliansen.', 'Finland', 'Sverige'),
  ]);
  const allies = facts.relations.filter((r) => r.predicate === 'allies');
  assert.equal(allies.length, 1);
  assert.equal(allies[0]?.sources.length, 2);
});
