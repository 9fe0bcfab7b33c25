// Specification of the fallback name finder used until the entity recogniser supplies names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('capitalised word runs become candidate names; sentence-initial function words and compounds do not', () => {
  const cases: Array<[string, string[]]> = [
    [
      'Det sier professor Kari Nordmann ved Universitetet i Oslo til TV 2.',
      ['Kari Nordmann', 'Universitetet', 'Oslo', 'TV 2'],
    ],
    [
      'Han jobber i International Institute for Strategic Studies.',
      ['International Institute for Strategic Studies'],
    ],
    ['Nav-sjefen møtte Ola Nordmann.', ['Ola Nordmann']],
    ['General Ola Hansen kom.', ['Ola Hansen']],
    ['Hansen sier at det går bra.', ['Hansen']],
  ];
  for (const [body, expected] of cases)
    assert.deepEqual(
      buildTextModel(body, [], nbSpeech).names.map((n) => n.text),
      expected,
      body,
    );
});

test('genitive names and lone sentence-initial words are flagged', () => {
  const model = buildTextModel('Bergen tapte. Equinors talsperson, Eva Ek, svarte.', [], nbSpeech);
  const flags = model.names.map((n) => [n.text, n.genitive, n.weak]);
  assert.deepEqual(flags, [
    ['Bergen', false, true],
    ['Equinors', true, true],
    ['Eva Ek', false, false],
  ]);
});

test('names from the entity recogniser win over overlapping candidates', () => {
  const body = 'I dag talte Anne Lise Berg i Bodø.';
  const model = buildTextModel(body, [{ start: 12, end: 26, text: 'Anne Lise Berg', type: 'PER' }], nbSpeech);
  assert.deepEqual(
    model.names.map((n) => [n.text, n.type]),
    [
      ['Anne Lise Berg', 'PER'],
      ['Bodø', 'UNK'],
    ],
  );
});
