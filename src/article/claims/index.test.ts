// Specification of the claims stage over a whole article written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClaims } from './index.ts';
import { nbQuantities } from '../../languages/nb/numbers/index.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

/** The Norwegian lexicon and number reader the stage is given. */
const nb = { speech: nbSpeech, quantities: nbQuantities };

const article = [
  'Sist oppdatert 12.03',
  'Over 4000 husstander i Bergen var uten strøm natt til søndag, ifølge BKK.',
  'Uværet feide inn over kysten 20. januar 2025. Vinden nådde 38 meter per sekund på Utsira.',
  '– Vi har rundt 150 montører ute, og vi regner med at alle har strøm innen to døgn, sier beredskapsleder Ole Vik til NRK.',
  'Det antas at skadene kan koste forsikringsselskapene mellom 200 og 300 millioner kroner.',
  'Selskapet avviser at 20 prosent av nettet er for gammelt.',
  'Kari Nordmann (54) har bodd på øya i 30 år. Hun har aldri opplevd maken.',
  'Til sammen skal 12 hytter ha blitt totalskadd.',
].join('\n\n');

test('a written article yields its stated quantities with unit, holder and certainty', () => {
  const claims = findClaims({ body: article, names: [], ...nb });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value ?? [c.min, c.max], c.unit, c.holderName, c.certainty]),
    [
      ['Over 4000 husstander', 4000, 'husstand', 'BKK', 'reported'],
      ['38 meter', 38, 'meter', null, 'asserted'],
      ['rundt 150 montører', 150, 'montør', 'Ole Vik', 'estimated'],
      ['to døgn', 2, 'døgn', 'Ole Vik', 'reported'],
      ['mellom 200 og 300 millioner kroner', [200000000, 300000000], 'krone', null, 'hedged'],
      ['20 prosent', 20, 'prosent', 'Selskapet', 'denied'],
      ['30 år', 30, 'år', null, 'asserted'],
      ['12 hytter', 12, 'hytte', null, 'reported'],
    ],
  );
  for (const c of claims) assert.equal(article.slice(c.start, c.end), c.text, 'the span gives the text');
});

test('about is a short phrase from the clause and every claim names its rules', () => {
  const [first] = findClaims({ body: article, names: [], ...nb });
  assert.equal(first?.about, 'Over 4000 husstander i Bergen var uten strøm natt til søndag');
  assert.match(first?.rule ?? '', /claims\/counted-noun/);
  assert.equal(first?.quantityRule, 'numbers/digits');
  assert.equal(first?.holder, null, 'entity ids are left to the entity stage');
});

test('numbers joined by og share the noun after the last one; genitive nouns are lemmatised', () => {
  const claims = findClaims({
    body: 'De to fikk 120 og 90 dagers fengsel, mens sjefen fikk sju års fengsel.',
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['120', 120, 'dag'],
      ['90 dagers', 90, 'dag'],
      ['sju års', 7, 'år'],
    ],
  );
});

test('a lemma function can be passed in', () => {
  const claims = findClaims({
    body: 'Det kom 40 gjester.',
    names: [],
    ...nb,
    lemmatise: (w) => `lemma:${w}`,
  });
  assert.equal(claims[0]?.unit, 'lemma:gjester');
});

test('paired numbers each make a claim with the noun after the second one', () => {
  const claims = findClaims({
    body: 'Styret vedtok planen med 7 mot 2 stemmer. Avgiften går opp fra 5 til 6 prosent neste år.',
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['7', 7, 'stemme'],
      ['2 stemmer', 2, 'stemme'],
      ['5', 5, 'prosent'],
      ['6 prosent', 6, 'prosent'],
    ],
  );
  assert.match(claims[0]?.rule ?? '', /claims\/shared-noun/);
});

test('a noun left out is taken from the clause the number answers', () => {
  const claims = findClaims({
    body: [
      'Over 300 elever søkte plass, og rundt 40 av dem kom fra andre fylker.',
      'Molde har 44 poeng etter 20 kamper, mens Viking har 41.',
      'Lista har 12 navn. Tre av dem er nye.',
      'Ifølge Avinor reiste 96 000 passasjerer med ruten i fjor. Kystfly oppgir at tallet var om lag 71 000.',
    ].join('\n\n'),
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['Over 300 elever', 300, 'elev'],
      ['rundt 40 av dem', 40, 'elev'],
      ['44 poeng', 44, 'poeng'],
      ['20 kamper', 20, 'kamp'],
      ['41', 41, 'poeng'],
      ['12 navn', 12, 'navn'],
      ['96 000 passasjerer', 96000, 'passasjer'],
      ['om lag 71 000', 71000, 'passasjer'],
    ],
  );
  assert.match(claims[1]?.rule ?? '', /claims\/implied-noun/);
});

test('a sentence of durations, ages, counts after rundt and clock times', () => {
  const claims = findClaims({
    body: [
      'En 61 år gammel kvinne ble dømt til fengsel i to år og tre måneder.',
      'Sykehuset har rundt 1900 ansatte og ett akuttmottak.',
      'Vaktskiftet er klokken sju søndag, og laget slo Odd 3–0 lørdag.',
    ].join('\n\n'),
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['to år og tre måneder', 2.25, 'år'],
      ['rundt 1900 ansatte', 1900, 'ansatt'],
      ['ett akuttmottak', 1, 'akuttmottak'],
    ],
  );
});

test('a document or body named earlier in the article holds the numbers given for it', () => {
  const body = [
    'Sykehuset i Vestby la fram en ny rapport fra Helsetilsynet torsdag.',
    'Ifølge rapporten ventet 420 pasienter for lenge på operasjon.',
    'Agder tingrett avsa dom i saken mandag. Retten mener hun stjal 2 millioner kroner.',
    'Ifølge dommen brukte hun pengene blant annet på to båter og en bil.',
  ].join('\n\n');
  const names = ['Vestby', 'Helsetilsynet', 'Agder tingrett'].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text, type: 'ORG' };
  });
  const claims = findClaims({ body, names, ...nb });
  assert.deepEqual(
    claims.map((c) => [c.text, c.holderName]),
    [
      ['420 pasienter', 'Helsetilsynet'],
      ['2 millioner kroner', 'Agder tingrett'],
      ['to båter', 'Agder tingrett'],
    ],
  );
  // The quote the number sits in may already name the source (the quotes stage resolves `rapporten` too).
  assert.match(claims[0]?.rule ?? '', /claims\/holder-(named-source|quote)/);
});

test('without a name for it the holder stays as written, cut to a short phrase', () => {
  const claims = findClaims({
    body: 'Ifølge dommen brukte hun pengene blant annet på to båter og en bil.',
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.holderName]),
    [['to båter', 'dommen']],
  );
});

test('a number out of a named group counts that group: rundt 150 av stillingene', () => {
  const claims = findClaims({
    body: 'Selskapet kutter 280 stillinger, og rundt 150 av stillingene flyttes til Polen.',
    names: [],
    ...nb,
  });
  assert.deepEqual(
    claims.map((c) => [c.text, c.value, c.unit]),
    [
      ['280 stillinger', 280, 'stilling'],
      ['rundt 150 av stillingene', 150, 'stilling'],
    ],
  );
});
