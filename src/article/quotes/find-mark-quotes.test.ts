// Specification of words in quotation marks: which count, and their closing attribution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMarkQuotes } from './find-mark-quotes.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('quoted words of two or more, with a closing attribution when one follows; titles are left out', () => {
  const cases: Array<[string, Array<[string, string | null]>]> = [
    ['«Vi er klare», sier Kari Berg.', [['Vi er klare', 'Kari Berg']]],
    [
      'Hun kalte forslaget «et hån mot velgerne» og «helt uakseptabelt».',
      [
        ['et hån mot velgerne', null],
        ['helt uakseptabelt', null],
      ],
    ],
    ['Han har skrevet boken «Krigen i nord» om saken.', []],
    ['Det var et «problem» for dem.', []],
    ['“Dette må stoppe”, skriver Ola Dahl.', [['Dette må stoppe', 'Ola Dahl']]],
  ];
  for (const [sentence, expected] of cases) {
    const model = buildTextModel(sentence, [], nbSpeech);
    const got = findMarkQuotes(model, { start: 0, end: sentence.length });
    assert.deepEqual(
      got.map((m) => [sentence.slice(m.text.start, m.text.end), m.tail?.speaker.name ?? null]),
      expected,
      sentence,
    );
  }
});
