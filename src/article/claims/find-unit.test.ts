// Specification of how the counted noun after a number is found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnit } from './find-unit.ts';
import { nbQuantities } from '../../languages/nb/numbers/index.ts';

test('the counted noun is the first noun after the number, past adjectives', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Hæren har 1500 svenske soldater ved grensen.', '1500', 'soldater'],
    ['Byen fikk 300 nye boliger i fjor.', '300', 'boliger'],
    ['Hun ventet 20 timer i kø.', '20', 'timer'],
    ['Det kom 4000 frivillige.', '4000', 'frivillige'],
    ['Over 200 utenlandske frivillige er på plass.', '200', 'frivillige'],
    ['Prisen økte 25 prosent i fjor.', '25', 'prosent'],
    ['Han kom inn på 12 i mål.', '12', null],
    ['Resultatet ble 3.', '3', null],
  ];
  for (const [sentence, number, expected] of cases) {
    const at = sentence.indexOf(number) + number.length;
    const unit = findUnit(nbQuantities, sentence, at);
    assert.equal(unit?.word ?? null, expected, sentence);
    if (unit) assert.equal(sentence.slice(unit.start, unit.end), unit.word);
  }
});
