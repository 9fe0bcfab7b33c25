import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalisedWords, extractFeatures, foldName } from './article-features.ts';
import { testEntity, testRecord } from './test-records.ts';

const names: { text: string; names: string[] }[] = [
  { text: 'Byrådet i Bergen la fram budsjettet.', names: ['Bergen'] },
  { text: 'Næringsminister Eirik Solbakken reiste til Brussel.', names: ['Eirik', 'Solbakken', 'Brussel'] },
  { text: '– Vi er skuffet, sier Mjanger. Hun vil forhandle.', names: ['Mjanger'] },
  { text: 'Orvar nådde land. Uværet Orvar stengte veien.', names: ['Orvar', 'Orvar'] },
  { text: 'Stormen kom i natt. Mange mistet strømmen.', names: [] },
];

for (const { text, names: expected } of names) {
  test(`the name stand-in finds ${expected.join(', ') || 'no names'} in «${text}»`, () => {
    assert.deepEqual(capitalisedWords(text), expected);
  });
}

const spellings: [string, string][] = [
  ['Åsland', 'Aasland'],
  ['Rånes', 'Raanes'],
  ['NATO', 'Nato'],
  ['FjordLaks', 'Fjordlaks'],
];

for (const [a, b] of spellings) {
  test(`${a} and ${b} fold to one name`, () => {
    assert.equal(foldName(a), foldName(b));
  });
}

test('headline words count titleWeight times, stopwords and photo credits not at all', () => {
  const record = testRecord(
    'Storm over Bergen',
    'Stormen traff byen i natt.\n\nFoto: Kari Nordmann / NTB',
    '2026-01-12',
  );
  const { words } = extractFeatures(record, { titleWeight: 3 });
  assert.equal(words.get('storm'), 4);
  assert.equal(words.has('over'), false);
  assert.equal(words.has('foto'), false);
  assert.equal(words.has('ntb'), false);
});

test('entities come from record.entities when NER filled them, else from capitalised words, in one key space', () => {
  const body = 'Statsråden møtte kommisjonæren i går.';
  const withNer = extractFeatures(
    testRecord('Møte om toll', body, '2025-11-26', [testEntity('Eirik Solbakken')]),
  );
  const standIn = extractFeatures(
    testRecord('Møte om toll', 'Statsråd Solbakken møtte Voss i går.', '2025-11-26'),
  );
  assert.equal(withNer.entities.size, 2);
  assert.equal(standIn.entities.size, 2);
  const shared = [...withNer.entities.keys()].filter((key) => standIn.entities.has(key));
  assert.equal(shared.length, 1, 'Solbakken from NER and from the stand-in meet');
});

test('a year-only date gives no time signal; a day does', () => {
  assert.equal(extractFeatures(testRecord('Kim besøker Putin', 'Tekst.', '2024')).span, null);
  assert.notEqual(extractFeatures(testRecord('Kim besøker Putin', 'Tekst.', '2024-06-19')).span, null);
});
