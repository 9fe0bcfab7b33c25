import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../contract/index.ts';
import type { NameSpan } from './link-mentions.ts';
import { joinConnectedNames, splitJoinedNames, trimScores } from './split-joined-names.ts';

const span = (text: string, body: string, type: EntityType = 'GPE'): NameSpan => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text, type };
};

test('two places read as one name split when each stands alone elsewhere in the article', () => {
  const body = 'Polen og Ukraina samarbeider. Slik hjelper Polen Ukraina med våpen.';
  const joined = { ...span('Polen Ukraina', body) };
  const split = splitJoinedNames([span('Polen', body), span('Ukraina', body), joined]);
  assert.deepEqual(
    split.slice(2).map((n) => [n.text, body.slice(n.start, n.end)]),
    [
      ['Polen', 'Polen'],
      ['Ukraina', 'Ukraina'],
    ],
  );
});

test('a name whose words never stand alone stays whole', () => {
  const body = 'Sør Korea og Korea. Reisen gikk til New York.';
  const names = [span('Sør Korea', body), span('Korea', body), span('New York', body, 'LOC')];
  assert.deepEqual(
    splitJoinedNames(names).map((n) => n.text),
    ['Sør Korea', 'Korea', 'New York'],
  );
});

test('people are never split, even when both words occur alone', () => {
  const body = 'Kim Jong-un kom. Kim smilte, og Jong-un vinket.';
  const names = [span('Kim Jong-un', body, 'PER'), span('Kim', body, 'PER')];
  assert.equal(splitJoinedNames(names).length, 2);
});

test('an organisation split at "for" or "of" is one name again', () => {
  const body =
    'Ifølge forskere ved Norwegian Institute for Water Research og Bank of England stiger prisene.';
  const names = [
    span('Norwegian Institute', body, 'ORG'),
    span('Water Research', body, 'ORG'),
    span('Bank', body, 'ORG'),
    span('England', body, 'GPE'),
  ];
  assert.deepEqual(
    joinConnectedNames(names, body).map((n) => [n.text, n.type]),
    [
      ['Norwegian Institute for Water Research', 'ORG'],
      ['Bank of England', 'ORG'],
    ],
  );
});

test('a person and a place joined by "for" stay apart', () => {
  const body = 'Prisen gikk til Kari Hansen for Norge.';
  const names = [span('Kari Hansen', body, 'PER'), span('Norge', body, 'GPE')];
  assert.equal(joinConnectedNames(names, body).length, 2);
});

test('two names with a slash between them are one organisation', () => {
  const body = 'Han spilte for Kongsvinger/Brumunddal i fjor.';
  const names = [span('Kongsvinger', body, 'GPE'), span('Brumunddal', body, 'GPE')];
  assert.deepEqual(
    joinConnectedNames(names, body).map((n) => [n.text, n.type]),
    [['Kongsvinger/Brumunddal', 'ORG']],
  );
});

test('a place with a single word after it that is no name elsewhere is one newspaper or company', () => {
  const body = 'Det skriver New York Post. Senere kom Nord-Korea Russland til hjelp.';
  const names = [
    span('New York', body, 'GPE'),
    span('Post', body, 'PROD'),
    span('Nord-Korea', body, 'GPE'),
    span('Russland', body, 'GPE'),
  ];
  assert.deepEqual(
    joinConnectedNames(names, body).map((n) => [n.text, n.type]),
    [
      ['New York Post', 'ORG'],
      ['Nord-Korea', 'GPE'],
      ['Russland', 'GPE'],
    ],
  );
});

test('a score’s first figure is not part of the team’s name', () => {
  const body = 'Lyn slo Skeid 3–1 på Bislett.';
  assert.deepEqual(
    trimScores([span('Skeid 3', body, 'ORG')], body).map((n) => n.text),
    ['Skeid'],
  );
  const product = 'Han kjøpte en Volvo 240 i 1990.';
  assert.deepEqual(
    trimScores([span('Volvo 240', product, 'PROD')], product).map((n) => n.text),
    ['Volvo 240'],
  );
});

test('a name ending in a suspended compound goes on after "og": one organisation', () => {
  const body = 'Norges Jeger- og Fiskerforbund krever svar. Ola- og Kari Nordmann er ikke med.';
  const names = [
    span('Norges Jeger-', body, 'ORG'),
    span('Fiskerforbund', body, 'ORG'),
    span('Kari Nordmann', body, 'PER'),
  ];
  assert.deepEqual(
    joinConnectedNames(names, body).map((n) => [n.text, n.type]),
    [
      ['Norges Jeger- og Fiskerforbund', 'ORG'],
      ['Kari Nordmann', 'PER'],
    ],
  );
});

test('lower-case name particles join two parts of one name, keeping its type', () => {
  const body = 'Pieter van der Meulen leder Van der Meulen Offshore BV.';
  const names = [
    span('Pieter', body, 'PER'),
    span('Meulen leder', body, 'PER'),
    span('Van', body, 'ORG'),
    span('Meulen Offshore BV', body, 'ORG'),
  ].map((n, i) => (i === 1 ? { ...n, text: 'Meulen', end: n.start + 6 } : n));
  assert.deepEqual(
    joinConnectedNames(names, body).map((n) => [n.text, n.type]),
    [
      ['Pieter van der Meulen', 'PER'],
      ['Van der Meulen Offshore BV', 'ORG'],
    ],
  );
});

test('a name standing alone elsewhere, run into the start of a name written in full elsewhere, splits in two', () => {
  const body =
    'Økokrim etterforsker. Han betalte ifølge Økokrim Hadeland Masse to millioner. Hadeland Masse AS nekter.';
  const names = [
    span('Økokrim', body, 'ORG'),
    { ...span('Økokrim Hadeland Masse', body, 'ORG') },
    span('Hadeland Masse AS', body, 'ORG'),
  ];
  assert.deepEqual(
    splitJoinedNames(names).map((n) => n.text),
    ['Økokrim', 'Økokrim', 'Hadeland Masse', 'Hadeland Masse AS'],
  );
});
