// Specification of sources given with `ifølge`: in front, at the end, or inside the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAccording } from './find-according.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('ifølge gives the reported words and the source, name and description apart', () => {
  const cases: Array<[string, string, string | null, string | null, string]> = [
    // sentence, reported words, name, role, rule
    [
      'Ifølge politiet ble tre personer skadet.',
      'ble tre personer skadet',
      null,
      'politiet',
      'quotes/according-front',
    ],
    [
      'Ifølge kommunedirektør Ingrid Aas er rutinene nå skjerpet.',
      'er rutinene nå skjerpet',
      'Ingrid Aas',
      'kommunedirektør',
      'quotes/according-front',
    ],
    [
      'Ifølge Meteorologisk institutt blir det storm.',
      'blir det storm',
      'Meteorologisk institutt',
      null,
      'quotes/according-front',
    ],
    [
      'Over 300 hus er uten strøm, ifølge myndigheter i Bodø som følger saken.',
      'Over 300 hus er uten strøm',
      'Bodø',
      'myndigheter i',
      'quotes/according-tail',
    ],
    [
      'Mannen tok ifølge dommen imot over 2 millioner kroner.',
      'Mannen tok imot over 2 millioner kroner',
      null,
      'dommen',
      'quotes/according-inside',
    ],
  ];
  for (const [sentence, words, name, role, rule] of cases) {
    const model = buildTextModel(sentence, [], nbSpeech);
    const [f] = findAccording(model, model.sentences[0]!.tokens);
    assert.ok(f?.text, sentence);
    const text = sentence.slice(f.text.start, f.text.end);
    // Inside the clause the source is cut out of the words; the span still runs over the sentence.
    if (rule !== 'quotes/according-inside') assert.equal(text, words, sentence);
    assert.deepEqual(
      [f.speaker?.name ?? null, f.speaker?.role ?? null, f.rule],
      [name, role, rule],
      sentence,
    );
  }
});

test('a sentence without ifølge has no source', () => {
  const model = buildTextModel('Det regnet i hele går.', [], nbSpeech);
  assert.deepEqual(findAccording(model, model.sentences[0]!.tokens), []);
});
