// Specification of how a dash paragraph is read: quote, attribution, question or sub-heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDashParagraph } from './find-dash-quotes.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('dash paragraphs give the quoted words and tell questions and sub-headings apart', () => {
  const cases: Array<[string, string, string | null, boolean, boolean]> = [
    // paragraph, quoted words, attribution cue, question, heading
    ['– Vi er klare for kamp, sier treneren.', 'Vi er klare for kamp', 'sier', false, false],
    [
      '– Dette er bare starten. Vi gir oss ikke, sa Kari Berg til VG. Hun gikk så hjem.',
      'Dette er bare starten. Vi gir oss ikke',
      'sa',
      false,
      false,
    ],
    ['– Vi fortsetter arbeidet i morgen.', 'Vi fortsetter arbeidet i morgen.', null, false, false],
    ['– Hva skjer nå?', 'Hva skjer nå?', null, true, false],
    ['– Kjemper for sin plass i laget', 'Kjemper for sin plass i laget', null, false, true],
  ];
  for (const [paragraph, quoted, cue, question, heading] of cases) {
    const model = buildTextModel(paragraph, [], nbSpeech);
    const dash = readDashParagraph(model, 0)!;
    assert.equal(paragraph.slice(dash.quote.start, dash.quote.end), quoted, paragraph);
    assert.equal(dash.attribution?.cueText ?? null, cue, paragraph);
    assert.equal(dash.question, question, paragraph);
    assert.equal(dash.heading, heading, paragraph);
  }
});

test('a paragraph without a leading dash is not a dash paragraph', () => {
  assert.equal(readDashParagraph(buildTextModel('Vi er klare, sier hun.', [], nbSpeech), 0), null);
});
