import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusteringSpan, dateSpan, daysApart, formatDay } from './date-span.ts';

const spans: { published: string | null; from: string | null; to: string | null; clustering: boolean }[] = [
  { published: '2026-01-12', from: '2026-01-12', to: '2026-01-12', clustering: true },
  { published: '2026-02', from: '2026-02-01', to: '2026-02-28', clustering: true },
  { published: '2024', from: '2024-01-01', to: '2024-12-31', clustering: false },
  { published: null, from: null, to: null, clustering: false },
  { published: 'i går', from: null, to: null, clustering: false },
];

for (const { published, from, to, clustering } of spans) {
  test(`${published ?? 'no date'} covers ${from ?? 'nothing'} to ${to ?? 'nothing'}`, () => {
    const span = dateSpan(published);
    assert.equal(span ? formatDay(span.from) : null, from);
    assert.equal(span ? formatDay(span.to) : null, to);
    assert.equal(clusteringSpan(published) !== null, clustering);
  });
}

test('a day inside a month-precision date is 0 days from it; days after its end count from the end', () => {
  const month = dateSpan('2026-01');
  const inside = dateSpan('2026-01-20');
  const after = dateSpan('2026-02-10');
  assert.ok(month && inside && after);
  assert.equal(daysApart(month, inside), 0);
  assert.equal(daysApart(month, after), 10);
  assert.equal(daysApart(after, month), 10);
});
