// Apertium's analyser, read from the text form of its transducer: the proper nouns and the word classes of every form.
// A hand-written transducer with a place, a family name that is also a place, an organisation with its genitive, a
// common noun, a word that is a noun and a verb, a compound start, a number pattern and a looping guesser section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { properNounsOfAtt, readApertiumNames, wordClassesOfAtt } from './apertium.ts';

/** Arcs `from to input output` and final states, as `lt-print` writes them (ε for nothing). */
function att(lines: string[]): string {
  return lines.map((l) => l.replace(/ /g, '\t')).join('\n');
}

// Section 1: `Moss` (place), `Helland` (family name and place), `NRK` and `NRKs` (organisation), `bil` (noun) and
// `Oslo-` (only the start of a compound). Section 2: any run of capitals guessed as a name (a loop).
const lexicon = att([
  '0 1 M M',
  '1 2 o o',
  '2 3 s s',
  '3 4 s s',
  '4 5 ε <np>',
  '5 6 ε <top>',
  '6',
  '0 10 H H',
  '10 11 e e',
  '11 12 l l',
  '12 13 l l',
  '13 14 a a',
  '14 15 n n',
  '15 16 d d',
  '16 17 ε <np>',
  '17 18 ε <cog>',
  '17 18 ε <top>',
  '18',
  '0 20 N N',
  '20 21 R R',
  '21 22 K K',
  '22 23 ε <np>',
  '22 24 s <np>',
  '23 25 ε <org>',
  '24 26 ε <org>',
  '26 25 ε <gen>',
  '25',
  '0 30 b b',
  '30 31 i i',
  '31 32 l l',
  '32 33 ε <n>',
  '33',
  '0 50 l l',
  '50 51 ø ø',
  '51 52 p p',
  '52 53 ε <n>',
  '52 56 ε e',
  '56 54 ε <vblex>',
  '53 55 ε <nt>',
  '54 55 ε <imp>',
  '55',
  '0 40 O O',
  '40 41 s s',
  '41 42 l l',
  '42 43 o o',
  '43 44 - <np>',
  '44 45 ε <top>',
  '45 46 ε <cmp>',
  '46',
]);
const guesser = att(['0 1 A A', '1 1 B B', '1 2 ε <np>', '2 3 ε <al>', '3']);
// Any run of digits is a number.
const numbers = att(['0 1 1 1', '1 1 0 0', '1 2 ε <num>', '2']);

test('every proper noun of the lexicon comes with the kinds it is analysed as', () => {
  const names = properNounsOfAtt(`${lexicon}\n--\n${guesser}\n`);
  assert.deepEqual([...names.entries()].map(([name, kinds]) => [name, [...kinds].sort()]).sort(), [
    ['Helland', ['cog', 'top']],
    ['Moss', ['top']],
    ['NRK', ['org']],
    ['NRKs', ['org']],
  ]);
});

test('a common noun, a compound start and a looping guesser give no names', () => {
  const names = properNounsOfAtt(`${lexicon}\n--\n${guesser}\n`);
  assert.equal(names.has('bil'), false);
  assert.equal(names.has('Oslo-'), false);
  assert.equal(names.has('AB'), false);
  assert.equal(properNounsOfAtt(guesser).size, 0);
  assert.equal(properNounsOfAtt('').size, 0);
});

test('a missing analyser is reported with the packages that install it', () => {
  assert.throws(() => readApertiumNames('/nonexistent/nob.automorf.bin'), /apt-get install apertium-nno-nob/);
});

test('every form gets the universal POS tags of its analyses, lower-cased', () => {
  const classes = wordClassesOfAtt(`${lexicon}\n--\n${numbers}\n--\n${guesser}\n`);
  assert.deepEqual([...classes.entries()].sort(), [
    ['1', 'NUM'],
    ['bil', 'NOUN'],
    ['helland', 'PROPN'],
    ['løp', 'NOUN|VERB'],
    ['moss', 'PROPN'],
    ['nrk', 'PROPN'],
    ['nrks', 'PROPN'],
  ]);
});
