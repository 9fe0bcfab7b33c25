import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rougeN, rougeTokens } from './rouge.ts';

const cases: {
  title: string;
  candidate: string;
  reference: string;
  n: number;
  recall: number;
  precision: number;
}[] = [
  {
    title: 'identical texts score 1',
    candidate: 'Regjeringen legger fram budsjettet.',
    reference: 'Regjeringen legger fram budsjettet.',
    n: 1,
    recall: 1,
    precision: 1,
  },
  {
    title: 'half the reference words found',
    candidate: 'Regjeringen kutter',
    reference: 'Regjeringen øker skatten kraftig',
    n: 1,
    recall: 0.25,
    precision: 0.5,
  },
  {
    title: 'bigrams must keep their order',
    candidate: 'skatten øker',
    reference: 'øker skatten',
    n: 2,
    recall: 0,
    precision: 0,
  },
  {
    title: 'repeated words count only as often as in the reference',
    candidate: 'skatt skatt skatt',
    reference: 'skatt og avgift',
    n: 1,
    recall: 1 / 3,
    precision: 1 / 3,
  },
];

for (const { title, candidate, reference, n, recall, precision } of cases) {
  test(`ROUGE-${n}: ${title}`, () => {
    const score = rougeN(rougeTokens(candidate), rougeTokens(reference), n);
    assert.equal(score.recall, recall);
    assert.equal(score.precision, precision);
  });
}

test('a stemmer lets inflected forms match', () => {
  const stem = (w: string) => w.replace(/ene$|er$/, '');
  const score = rougeN(rougeTokens('soldatene', stem), rougeTokens('soldater', stem), 1);
  assert.equal(score.f1, 1);
});
