// Specification of the Bokmål time parser: each expression, its span, its value against an anchor, its precision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nbTimeParser } from './nb-time-parser.ts';

const anchor = new Date('2024-06-19T12:00:00Z'); // a Wednesday

const cases: Array<{
  sentence: string;
  expression: string;
  value: string | null;
  precision: string | null;
  kind: string;
}> = [
  {
    sentence: 'Selskapet kjøpte i sommer halvparten av aksjene.',
    expression: 'i sommer',
    value: '2024',
    precision: 'year',
    kind: 'relative',
  },
  {
    sentence: 'Brua ble åpnet 20. juni 2024 av ordføreren.',
    expression: '20. juni 2024',
    value: '2024-06-20',
    precision: 'day',
    kind: 'date',
  },
  {
    sentence: 'Streiken startet i mars for snart to år siden.',
    expression: 'i mars for snart to år siden',
    value: '2022-03',
    precision: 'month',
    kind: 'date',
  },
  {
    sentence: 'Skolen brant i oktober for fem år siden.',
    expression: 'i oktober for fem år siden',
    value: '2019-10',
    precision: 'month',
    kind: 'date',
  },
  {
    sentence: 'Fabrikken ble bygget i juli 2000.',
    expression: 'i juli 2000',
    value: '2000-07',
    precision: 'month',
    kind: 'date',
  },
  {
    sentence: 'Hun flyttet hjem i september i fjor.',
    expression: 'i september i fjor',
    value: '2023-09',
    precision: 'month',
    kind: 'relative',
  },
  {
    sentence: 'Regnet kom i august og ble værende.',
    expression: 'i august',
    value: '2023-08',
    precision: 'month',
    kind: 'floating',
  },
  {
    sentence: 'Styret møttes tirsdag for å diskutere saken.',
    expression: 'tirsdag',
    value: '2024-06-18',
    precision: 'day',
    kind: 'floating',
  },
  {
    sentence: 'Krigen startet for snart tre år siden.',
    expression: 'for snart tre år siden',
    value: '2021',
    precision: 'year',
    kind: 'relative',
  },
  {
    sentence: 'Laget vant serien i 2018.',
    expression: 'i 2018',
    value: '2018',
    precision: 'year',
    kind: 'date',
  },
  {
    sentence: 'Skolen ble stengt 13. mars i år.',
    expression: '13. mars i år',
    value: '2024-03-13',
    precision: 'day',
    kind: 'relative',
  },
  {
    sentence: 'Kampen ble spilt 27. februar i 2019 i Bergen.',
    expression: '27. februar i 2019',
    value: '2019-02-27',
    precision: 'day',
    kind: 'date',
  },
  {
    sentence: 'Saken ble publisert 19.06.2024 kl. 14.32.',
    expression: '19.06.2024',
    value: '2024-06-19',
    precision: 'day',
    kind: 'date',
  },
  {
    sentence: 'I går sa statsministeren nei.',
    expression: 'I går',
    value: '2024-06-18',
    precision: 'day',
    kind: 'relative',
  },
  {
    sentence: 'Kongen besøker byen for første gang på 24 år.',
    expression: 'for første gang på 24 år',
    value: '2000',
    precision: 'year',
    kind: 'relative',
  },
  {
    sentence: 'Avtalen har ligget klar siden 2006.',
    expression: 'siden 2006',
    value: '2006',
    precision: 'year',
    kind: 'date',
  },
  {
    sentence: 'Streiken varte i seks måneder.',
    expression: 'i seks måneder',
    value: null,
    precision: null,
    kind: 'duration',
  },
];

for (const c of cases) {
  test(`finds «${c.expression}» in «${c.sentence}» and resolves it to ${c.value ?? 'no date'}`, () => {
    const found = nbTimeParser.find(c.sentence, anchor);
    const hit = found.find((e) => e.text === c.expression);
    assert.ok(hit, `found: ${found.map((e) => e.text).join(', ')}`);
    assert.equal(c.sentence.slice(hit.start, hit.end), c.expression);
    assert.equal(hit.value, c.value);
    assert.equal(hit.precision, c.precision);
    assert.equal(hit.kind, c.kind);
  });
}

test('without an anchor, relative expressions keep their offset but have no value', () => {
  const [hit] = nbTimeParser.find('Hun flyttet hjem i september i fjor.', null);
  assert.equal(hit?.value, null);
  assert.equal(hit?.anchored, true);
  assert.deepEqual(hit?.offset, { years: -1 });
  assert.deepEqual(hit?.fields, { month: 9 });
});

test('numbers that are not dates are not time expressions', () => {
  const found = nbTimeParser.find(
    'Hæren har 100.000 soldater og 1,3 millioner reservister, og 2024 var et godt år for 90-årsjubileet.',
    anchor,
  );
  assert.deepEqual(
    found.map((e) => e.text),
    [],
  );
});

test('approximate amounts are flagged', () => {
  const [hit] = nbTimeParser.find('Det skjedde for om lag ti år siden.', anchor);
  assert.equal(hit?.approximate, true);
  assert.equal(hit?.value, '2014');
});

test('a weekday in the genitive is that weekday: mandagens valg', () => {
  const [found] = nbTimeParser.find('Partiet vant mandagens valg.', anchor);
  assert.equal(found?.text, 'mandagens');
  assert.equal(found?.value, '2024-06-17');
});

test('a year after "i løpet av" is a time expression', () => {
  const [found] = nbTimeParser.find('Kjøretøyene skal leveres i løpet av 2028.', anchor);
  assert.equal(found?.value, '2028');
});
