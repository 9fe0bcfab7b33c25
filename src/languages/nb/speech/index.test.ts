// Specification of the reporting-verb lookup the quote stage relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchReportingVerb, nbSpeech } from './index.ts';

test('reporting verbs are matched with their kind, multi-word forms first', () => {
  const cases: Array<[string, number, string | null, string | null]> = [
    ['– det går bra , sier hun', 5, 'si', 'say'],
    ['– vi gir oss ikke , legger han til', 6, 'legge til', 'say'],
    ['ekspertene er bekymret over utviklingen', 1, 'være bekymret', 'believe'],
    ['departementet avviser at det skjedde', 1, 'avvise', 'deny'],
    ['hun skriver på facebook', 1, 'skrive', 'write'],
    ['hun legger fram planen', 1, null, null],
    ['han er på ferie', 1, null, null],
  ];
  for (const [sentence, index, lemma, kind] of cases) {
    const match = matchReportingVerb(sentence.split(' '), index);
    assert.equal(match?.verb.lemma ?? null, lemma, sentence);
    assert.equal(match?.verb.kind ?? null, kind, sentence);
  }
});

test('the speech lexicon lets singular pronouns stand for a speaker, not the plural that is also an article', () => {
  const cases: Array<[string, boolean]> = [
    ['han', true],
    ['hun', true],
    ['hu', true],
    ['de', false],
    ['det', false],
  ];
  for (const [word, expected] of cases) assert.equal(nbSpeech.speakerPronouns.has(word), expected, word);
});

test('a reportive `skal ... ha` split by its subject makes a sentence reported', () => {
  const cases: Array<[string, boolean]> = [
    ['Ifølge naboene skal over 30 hytter ha brent ned i natt.', true],
    ['Brannen skal ha startet i et uthus.', true],
    ['Kommunen skal bygge 30 nye boliger neste år.', false],
  ];
  for (const [sentence, expected] of cases)
    assert.equal(
      nbSpeech.reportedPatterns.some((p) => p.test(sentence)),
      expected,
      sentence,
    );
});

test('a split reporting verb does not reach across another particle: "la fram forslaget til" is no "la til"', () => {
  const words = 'byrådet la tirsdag fram forslaget til budsjett'.split(' ');
  assert.equal(matchReportingVerb(words, 1), null);
  assert.equal(matchReportingVerb('– nei , la hun til .'.split(' '), 3)?.verb.form, 'la til');
});
