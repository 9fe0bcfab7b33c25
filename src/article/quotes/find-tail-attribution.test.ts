// Specification of closing attributions: `..., sier X.` and its variants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTailAttribution } from './find-tail-attribution.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('a closing attribution gives the boundary of the quoted words, the cue and the speaker', () => {
  const cases: Array<[string, string | null, string | null, string | null]> = [
    // sentence, words before the boundary, cue, speaker name (or pronoun)
    ['– Vi er klare, sier Kari Berg.', '– Vi er klare', 'sier', 'Kari Berg'],
    ['– Vi gir oss ikke, legger hun til.', '– Vi gir oss ikke', 'legger til', 'pronoun'],
    ['– Hvorfor det? spør Ola Dahl.', '– Hvorfor det?', 'spør', 'Ola Dahl'],
    ['– Hvorfor det? Ola Dahl smiler.', null, null, null],
    ['– Hva nå? sier Ola Dahl til NRK.', '– Hva nå?', 'sier', 'Ola Dahl'],
    ['«Det er feil», skriver Eva Ek.', '«Det er feil', 'skriver', 'Eva Ek'],
    [
      'Brua er stengt i to uker, melder Statens vegvesen.',
      'Brua er stengt i to uker',
      'melder',
      'Statens vegvesen',
    ],
    ['Hun kom hjem, og sier at alt er bra.', null, null, null],
  ];
  for (const [sentence, before, cue, speaker] of cases) {
    const model = buildTextModel(sentence, [], nbSpeech);
    const tokens = model.sentences[0]!.tokens;
    const tail = findTailAttribution(model, tokens, 1);
    const boundary = tail ? tokens[tail.boundary]! : null;
    const quoted = boundary
      ? sentence.slice(0, /[?!]/.test(boundary.text) ? boundary.end : boundary.start)
      : null;
    assert.equal(quoted, before, sentence);
    assert.equal(tail?.cueText ?? null, cue, sentence);
    assert.equal(tail ? (tail.speaker.name ?? tail.speaker.refersBack) : null, speaker, sentence);
  }
});
