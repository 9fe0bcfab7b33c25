import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateContractLine } from './validate.ts';

const body = 'Kim Jong-un besøkte Russland i september. – Vi er venner, sa Kim.';
const record = {
  schema: 1,
  id: 'a'.repeat(40),
  source: 'eksempel.txt',
  title: 'Kim i Russland',
  language: 'nb',
  published: '2023-09',
  genre: 'news',
  body,
  removed: [{ text: 'Foto: NTB', why: 'photo-credit' }],
  summary: [],
  summaryGiven: [],
  entities: [
    { id: 'e1', name: 'Kim Jong-un', type: 'PER', mentions: [{ start: 0, end: 11, text: 'Kim Jong-un' }] },
  ],
  quotes: [
    {
      speaker: 'e1',
      speakerName: 'Kim Jong-un',
      speakerRole: null,
      text: 'Vi er venner',
      kind: 'direct',
      cue: 'sa',
      outlet: null,
      start: 44,
      end: body.length,
    },
  ],
  claims: [],
  events: [],
  relations: [],
};

test('a complete record with spans inside the body is valid', () => {
  assert.deepEqual(validateContractLine(record).ok, true);
});

test('an error line needs only schema, source and error', () => {
  assert.equal(validateContractLine({ schema: 1, source: 'tom.txt', error: 'empty file' }).ok, true);
  assert.equal(validateContractLine({ schema: 1, source: 'tom.txt', error: '' }).ok, false);
});

const broken: [string, Record<string, unknown>, RegExp][] = [
  [
    'a span past the end of the body',
    { quotes: [{ ...record.quotes[0], end: body.length + 5 }] },
    /outside body/,
  ],
  [
    'a mention whose text differs from the body',
    { entities: [{ ...record.entities[0], mentions: [{ start: 0, end: 3, text: 'Pak' }] }] },
    /differs/,
  ],
  ['a speaker id no entity has', { quotes: [{ ...record.quotes[0], speaker: 'e9' }] }, /unknown entity/],
  ['a published date that is not ISO', { published: '19. juni 2024' }, /published/],
  ['a genre outside the list', { genre: 'sport' }, /genre/],
  ['a missing array', { claims: undefined }, /claims/],
];

for (const [what, change, problem] of broken) {
  test(`a record with ${what} is rejected`, () => {
    const check = validateContractLine({ ...record, ...change });
    assert.equal(check.ok, false);
    if (!check.ok) assert.match(check.problems.join('\n'), problem);
  });
}
