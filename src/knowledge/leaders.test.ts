import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadersOf, organisationNamed, partiesLedBy } from './leaders.ts';

test('a leader in office at the date leads their state, in any spelling the press uses', () => {
  assert.deepEqual(partiesLedBy('Vladimir Putin', '2024-06-19'), ['RU']);
  assert.deepEqual(partiesLedBy('Kim Jong Un', '2024-06'), ['KP']);
  assert.deepEqual(partiesLedBy('Zelenskyy', '2023'), ['UA']);
  assert.deepEqual(partiesLedBy('Erdogan', '2020-01-01'), ['TR']);
});

test('a leader out of office at the date leads nothing', () => {
  assert.deepEqual(partiesLedBy('Kim Jong-il', '2024-06-19'), []);
  assert.deepEqual(partiesLedBy('Angela Merkel', '2023-05-01'), []);
  assert.deepEqual(partiesLedBy('Donald Trump', '2022-03-01'), []);
  assert.deepEqual(partiesLedBy('Donald Trump', '2025-03-01'), ['US']);
});

test('one person may lead a state and later a body, by date', () => {
  assert.deepEqual(partiesLedBy('Mark Rutte', '2023-01'), ['NL']);
  assert.deepEqual(partiesLedBy('Mark Rutte', '2025-01'), ['org:nato']);
});

test('a surname shared by several leaders is not listed alone, and unknown names give nothing', () => {
  assert.deepEqual(partiesLedBy('Kim', '2024-06-19'), []);
  assert.deepEqual(partiesLedBy('Kari Nordmann', '2024-06-19'), []);
});

test('who led a party at a date, and an organisation by any of its names', () => {
  assert.deepEqual(leadersOf('org:nato', '2024-06')[0]?.[0], 'Jens Stoltenberg');
  assert.deepEqual(leadersOf('org:nato', '2025-01')[0]?.[0], 'Mark Rutte');
  assert.deepEqual(leadersOf('US', '2022-05-01')[0]?.[0], 'Joe Biden');
  assert.equal(organisationNamed('NATO'), 'org:nato');
  assert.equal(organisationNamed('FN'), 'org:un');
  assert.equal(organisationNamed('Oslo kommune'), undefined);
});
