// Specification of snippets: a window of the original body with every word of a matched stem marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet } from './build-snippet.ts';
import { stemmerFor } from './stemming.ts';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from './store.ts';

const stem = stemmerFor('nb');
const stems = (...words: string[]) => new Set(words.map(stem));

const cases: [string, string, Set<string>, string][] = [
  [
    'every inflected form of the matched stem is marked',
    'Soldatene kom hjem. Tre soldater ble igjen ved grensen.',
    stems('soldat'),
    `${S}Soldatene${E} kom hjem. Tre ${S}soldater${E} ble igjen ved grensen.`,
  ],
  [
    'line breaks become single spaces',
    'Regjeringen la fram budsjettet.\n\nOpposisjonen var kritisk.',
    stems('budsjett'),
    `Regjeringen la fram ${S}budsjettet${E}. Opposisjonen var kritisk.`,
  ],
  [
    'no stems gives the start of the body unmarked',
    'Kort melding fra kommunen.',
    new Set(),
    'Kort melding fra kommunen.',
  ],
  [
    'a word is only marked whole, not inside a longer word',
    'Fiskesuppe er ikke fisk.',
    stems('fisk'),
    `Fiskesuppe er ikke ${S}fisk${E}.`,
  ],
];

for (const [behaviour, body, matched, expected] of cases) {
  test(`snippet: ${behaviour}`, () => {
    assert.equal(buildSnippet(body, matched, stem), expected);
  });
}

test('snippet: a long body is cut to a window around the densest matches, at word boundaries', () => {
  const filler = 'Det regnet hele dagen i byen, og trafikken gikk sakte gjennom sentrum. ';
  const body = `${filler.repeat(8)}Brannvesenet rykket ut da brannen startet i en lagerhall. ${filler.repeat(8)}`;
  const snippet = buildSnippet(body, stems('brannvesenet', 'brannen'), stem, 120);
  assert.ok(snippet.startsWith('…') && snippet.endsWith('…'), snippet);
  assert.ok(snippet.includes(`${S}Brannvesenet${E} rykket ut da ${S}brannen${E} startet`), snippet);
  const plain = snippet.replaceAll(S, '').replaceAll(E, '');
  assert.ok(plain.length <= 120 + 2, `${plain.length} characters`);
  const words = plain.replaceAll('…', '').split(/\s+/).filter(Boolean);
  for (const word of words) assert.ok(body.includes(word), `"${word}" is a whole word of the body`);
});
