import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairwiseScores } from './pairwise-scores.ts';

const gold = new Map([
  ['budsjett-1', 'budsjett'],
  ['budsjett-2', 'budsjett'],
  ['budsjett-3', 'budsjett'],
  ['storm-1', 'storm'],
  ['storm-2', 'storm'],
]);

const cases: { name: string; predicted: [string, string][]; precision: number; recall: number }[] = [
  {
    name: 'a perfect clustering scores 1 on both sides',
    predicted: [...gold.entries()],
    precision: 1,
    recall: 1,
  },
  {
    name: 'one article split off loses recall but keeps precision',
    predicted: [
      ['budsjett-1', 'a'],
      ['budsjett-2', 'a'],
      ['budsjett-3', 'c'],
      ['storm-1', 'b'],
      ['storm-2', 'b'],
    ],
    precision: 1,
    recall: 2 / 4,
  },
  {
    name: 'everything in one story keeps recall but loses precision',
    predicted: [...gold.keys()].map((key) => [key, 'x']),
    precision: 4 / 10,
    recall: 1,
  },
];

for (const { name, predicted, precision, recall } of cases) {
  test(name, () => {
    const scores = pairwiseScores(gold, new Map(predicted));
    assert.equal(scores.precision, precision);
    assert.equal(scores.recall, recall);
  });
}
