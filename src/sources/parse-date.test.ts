import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './parse-date.ts';

test('container dates become ISO 8601 with the precision and offset that were given', () => {
  const cases: [unknown, string | null][] = [
    ['2025-12-10', '2025-12-10'],
    ['2025-12', '2025-12'],
    ['2025', '2025'],
    ['2025-12-10T21:45:00+01:00', '2025-12-10T21:45:00+01:00'],
    ['2025-12-10T21:45:00.123Z', '2025-12-10T21:45:00.123Z'],
    ['2025-12-10 21:45', '2025-12-10T21:45:00'],
    ['2025-12-10T21:45:00+0100', '2025-12-10T21:45:00+01:00'],
    ['Thu, 11 Dec 2025 14:30:00 +0100', '2025-12-11T14:30:00+01:00'],
    ['Fri, 12 Dec 2025 12:00:00 GMT', '2025-12-12T12:00:00Z'],
    ['12 Dec 2025 23:10 CET', '2025-12-12T23:10:00+01:00'],
    ['Mon, 1 Sep 25 08:00:00 +0200', '2025-09-01T08:00:00+02:00'],
    ['10.12.2025', '2025-12-10'],
    ['10.12.2025 kl. 21.45', '2025-12-10T21:45:00'],
    [1765403100, '2025-12-10T21:45:00.000Z'],
  ];
  for (const [value, iso] of cases) assert.equal(toIsoDate(value), iso, String(value));
});

test('values that are not dates give null instead of a guess', () => {
  const cases: unknown[] = [
    '',
    'i går',
    'for 3 timer siden',
    '2025-13-01',
    '2025-02-30',
    '31.02.2025',
    null,
    undefined,
    {},
  ];
  for (const value of cases) assert.equal(toIsoDate(value), null, String(value));
});
