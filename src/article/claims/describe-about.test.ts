// Specification of the short `about` phrase cut from the clause around a number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeAbout } from './describe-about.ts';

test('about is the clause around the number, cut at commas and conjunctions', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Kommunen har ansatt 40 nye lærere i høst.',
      '40 nye lærere',
      'Kommunen har ansatt 40 nye lærere i høst',
    ],
    ['Laget har 300 medlemmer og 12 trenere, ifølge styret.', '12 trenere', '12 trenere'],
    ['Laget har 300 medlemmer og 12 trenere, ifølge styret.', '300 medlemmer', 'Laget har 300 medlemmer'],
    [
      'I fjor, da krisen var verst, mistet 2000 personer jobben.',
      '2000 personer',
      'mistet 2000 personer jobben',
    ],
  ];
  for (const [sentence, quantity, expected] of cases) {
    const start = sentence.indexOf(quantity);
    assert.equal(
      describeAbout(sentence, { start: 0, end: sentence.length }, start, start + quantity.length),
      expected,
      quantity,
    );
  }
});

test('long clauses are cut to at most fourteen words around the number', () => {
  const sentence =
    'Ifølge en ny rapport som ble lagt fram av direktoratet i dag har hele 4000 elever i fylket ikke fått tilbud om skoleskyss denne høsten heller.';
  const start = sentence.indexOf('4000 elever');
  const about = describeAbout(sentence, { start: 0, end: sentence.length }, start, start + 11);
  assert.ok(about.includes('4000 elever'));
  assert.ok(about.split(' ').length <= 14, about);
});
