import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFuzzyIndex, deletionVariants } from './fuzzy-index.ts';

test('deletion variants of depth one drop each letter once', () => {
  assert.deepEqual(
    [...deletionVariants('lavrov', 1)].sort(),
    ['avrov', 'larov', 'lavov', 'lavro', 'lavrov', 'lavrv', 'lvrov'].sort(),
  );
});

const cases: { title: string; stored: string; probe: string; found: boolean }[] = [
  { title: 'the same word', stored: 'stoltenberg', probe: 'stoltenberg', found: true },
  { title: 'one letter changed in a long word', stored: 'medvedev', probe: 'medvediev', found: true },
  { title: 'one letter changed in a short word', stored: 'hansen', probe: 'iansen', found: false },
  { title: 'two letters changed in a long word', stored: 'stoltenberg', probe: 'stoltanbirg', found: false },
  {
    title: 'two letters changed in a very long word',
    stored: 'abdollahianzadeh',
    probe: 'abdolahianzadex',
    found: true,
  },
];

for (const { title, stored, probe, found } of cases) {
  test(`finds ${found ? '' : 'not '}${title} (${stored} / ${probe})`, () => {
    const index = createFuzzyIndex();
    index.add('', stored, 'g1');
    assert.deepEqual(index.find('', probe), found ? ['g1'] : []);
  });
}

test('words in another scope (another first name) are never found', () => {
  const index = createFuzzyIndex();
  index.add('jens', 'stoltenberg', 'g1');
  assert.deepEqual(index.find('thorvald', 'stoltenberg'), []);
});
