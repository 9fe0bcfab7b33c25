// Outside name lists as hashed cues: what the training-time gathering finds, how sentences are matched, and that the
// model file carries the cues without any list text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE, NameCues, addCue, hashCues } from './name-cues.ts';
import type { CueEntries } from './name-cues.ts';
import { gatherCues } from './name-sources.ts';
import { cueMatches } from './ner.ts';
import { decodeNer, encodeNer } from './model-io.ts';
import { trainNer } from './train-ner.ts';
import type { NerExample } from './train-ner.ts';

function tableOf(entries: CueEntries): NameCues {
  const { keys, bits } = hashCues(entries);
  return new NameCues(keys, bits);
}

test('the gathered lists know given names, family names, places and proper nouns of the dictionary', () => {
  const cues = tableOf(gatherCues());
  assert.ok(cues.of('Ingrid') & CUE.GIVEN);
  assert.ok(cues.of('Hansen') & CUE.FAMILY);
  assert.ok(cues.of('Lillehammer') & CUE.PLACE_NORDIC);
  assert.ok(cues.of('Lillehammers') & CUE.PLACE_NORDIC, 'genitives are listed too');
  assert.ok(cues.of('Shanghai') & CUE.PLACE);
  assert.ok(cues.of('Møre og Romsdal') & CUE.PLACE_NORDIC);
  assert.ok(cues.of('Møre') & CUE.PREFIX);
  assert.equal(cues.of('Lillehammer') & CUE.PLACE, 0, 'a Norwegian town is not among the world places');
  assert.equal(cues.of('bordet') & (CUE.GIVEN | CUE.FAMILY | CUE.PLACE), 0);
});

test('postal places that are neither a municipality nor a listed town are villages: Geiranger, not Stranda', () => {
  const cues = tableOf(gatherCues());
  assert.ok(cues.of('Geiranger') & CUE.VILLAGE);
  assert.ok(cues.of('Geirangers') & CUE.VILLAGE, 'genitives are listed too');
  assert.ok(
    cues.of('Bø i Telemark') & CUE.VILLAGE,
    'the small words of a name in capitals stay in lower case',
  );
  assert.equal(cues.of('Mo i Rana') & CUE.VILLAGE, 0, 'a town of the places list');
  assert.ok(cues.of('Mo i Rana') & CUE.PLACE_NORDIC);
  assert.equal(cues.of('Stranda') & CUE.VILLAGE, 0, 'the municipality Geiranger lies in');
  assert.equal(cues.of('Kautokeino') & CUE.VILLAGE, 0, 'one of a municipality name in two languages');
  assert.equal(
    cues.of('Herøy') & CUE.VILLAGE,
    0,
    'a municipality name that needs its county to be told apart',
  );
  assert.equal(cues.of('Drøbak') & CUE.VILLAGE, 0, 'a town of the places list, though no municipality');
});

test("the Bokmål analyser's typed proper nouns add organisations and Norwegian family names", () => {
  const cues = tableOf(gatherCues());
  assert.ok(cues.of('Domstoladministrasjonen') & CUE.ORG);
  assert.ok(cues.of('Aftenposten') & CUE.ORG);
  assert.ok(cues.of('Aftenpostens') & CUE.ORG, 'genitives are listed too');
  assert.ok(cues.of('Borten') & CUE.FAMILY, 'a Norwegian family name no locale list has');
  assert.equal(cues.of('Borten') & CUE.ORG, 0);
  assert.equal(cues.of('Tafjord') & CUE.ORG, 0, 'places are not organisations');
  assert.equal(cues.of('Domstoladministrasjonen') & (CUE.GIVEN | CUE.FAMILY), 0);
});

test('a sentence gets cue bits per word and the longest several-word entry', () => {
  const entries: CueEntries = new Map();
  addCue(entries, 'Ingrid', CUE.GIVEN);
  addCue(entries, 'Møre og Romsdal', CUE.PLACE_NORDIC);
  addCue(entries, 'Møre', CUE.PREFIX | CUE.PLACE_NORDIC);
  addCue(entries, 'Møre og', CUE.PREFIX);
  const words = ['Ingrid', 'flyttet', 'til', 'Møre', 'og', 'Romsdal', '.'];
  const m = cueMatches(words, tableOf(entries));
  assert.deepEqual(Array.from(m.cues), [CUE.GIVEN, 0, 0, CUE.PLACE_NORDIC, 0, 0, 0]);
  assert.deepEqual(Array.from(m.phrase), [0, 0, 0, CUE.PLACE_NORDIC, CUE.PLACE_NORDIC, CUE.PLACE_NORDIC, 0]);
  assert.deepEqual(Array.from(m.phrasePosition), [0, 0, 0, 1, 2, 2, 0]);
});

test('the model file carries the cues as hashes and gives them back', () => {
  const sentences: NerExample[] = [
    { words: ['Ola', 'bor', 'i', 'Hamar', '.'], ner: ['B-PER', 'O', 'O', 'B-GPE', 'O'], doc: 'a' },
  ];
  const { model, lists } = trainNer(sentences, { epochs: 1, seed: 1, bits: 12, minCount: 1 });
  const bytes = encodeNer({ labels: ['O'], lists, model });
  const back = decodeNer(bytes);
  assert.deepEqual(back.lists.cues?.keys, lists.cues?.keys);
  assert.deepEqual(back.lists.cues?.bits, lists.cues?.bits);
  assert.ok(
    new NameCues(back.lists.cues?.keys ?? new Uint32Array(), back.lists.cues?.bits ?? new Uint8Array()).of(
      'Tromsø',
    ),
  );
});
