// Specification of how single Norwegian number literals and number words are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumberLiteral, parseNumberWord } from './parse-number.ts';

test('number literals group thousands with a space or a dot and use a decimal comma', () => {
  const cases: Array<[string, number | null]> = [
    ['10 000', 10000],
    ['100.000', 100000],
    ['42.500', 42500],
    ['1,3', 1.3],
    ['13,3', 13.3],
    ['1500', 1500],
    ['7 600 000', 7600000],
    ['1.5', null],
    ['12,', null],
  ];
  for (const [raw, expected] of cases) assert.equal(parseNumberLiteral(raw), expected, raw);
});

test('number words read single words and joined tens', () => {
  const cases: Array<[string, number | null]> = [
    ['to', 2],
    ['Åtte', 8],
    ['ti', 10],
    ['tusen', 1000],
    ['halvannet', 1.5],
    ['tjuefem', 25],
    ['førtito', 42],
    ['soldater', null],
    ['en', null],
  ];
  for (const [word, expected] of cases) assert.equal(parseNumberWord(word), expected, word);
});
