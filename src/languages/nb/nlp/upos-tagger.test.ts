// The tagger's ambiguity class of a word: what training saw, else what the Bokmål analyser lists, else the spelling
// dictionary's inflection class. Words and classes written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FormClasses } from './full-form-lexicon.ts';
import { decodeTagger } from './model-io.ts';
import { ambiguityClass, buildUposLexicon } from './upos-tagger.ts';

const sentences = [
  { words: ['Hun', 'kjente', 'ham', '.'], upos: ['PRON', 'VERB', 'PRON', 'PUNCT'] },
  { words: ['Det', 'kjente', 'huset', '.'], upos: ['DET', 'ADJ', 'NOUN', 'PUNCT'] },
  { words: ['De', 'styrte', 'landet', '.'], upos: ['PRON', 'VERB', 'NOUN', 'PUNCT'] },
];
const analyses = FormClasses.build(
  new Map([
    ['kjente', 'ADJ|NOUN|VERB'],
    ['styrte', 'NOUN|VERB'],
    ['bergen', 'PROPN'],
  ]),
);

test('a word training saw twice keeps the tags training saw, whatever the analyser lists', () => {
  const lexicon = buildUposLexicon(sentences, undefined, analyses);
  assert.equal(ambiguityClass('kjente', lexicon, 'Ote'), 'ADJ|VERB');
});

test('a word training saw once or never takes the tags the analyser lists for it', () => {
  const lexicon = buildUposLexicon(sentences, undefined, analyses);
  assert.equal(ambiguityClass('styrte', lexicon, 'Ote'), '@NOUN|VERB');
  assert.equal(ambiguityClass('bergen', lexicon, 'C='), '@PROPN');
});

test('a word outside training and the analyser falls back on its dictionary class', () => {
  assert.equal(ambiguityClass('snøfrisk', buildUposLexicon(sentences, undefined, analyses), 'A'), '?A');
  assert.equal(ambiguityClass('styrte', buildUposLexicon(sentences), 'Ote'), '?Ote');
});

test('the shipped tagger carries the analyser: a participle training never saw is an adjective or a verb', () => {
  const tagger = decodeTagger(readFileSync(new URL('../models/tagger.bin', import.meta.url)));
  const lexicon = tagger.upos;
  assert.equal(lexicon.ambiguity['gjenoppbygde'], undefined);
  assert.equal(ambiguityClass('gjenoppbygde', lexicon, ''), '@ADJ|VERB');
});
