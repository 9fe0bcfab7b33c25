// Specification of the CoNLL-U reader and writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miscGet, miscSet, readConllu, writeConllu } from './conllu.ts';

const sample = [
  '# sent_id =  000001',
  '# text = Hun bor i Bergen.',
  '1\tHun\thun\tPRON\t_\tCase=Nom\t2\tnsubj\t_\tname=O',
  '2\tbor\tbo\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\tname=O',
  '3\ti\ti\tADP\t_\t_\t4\tcase\t_\tname=O',
  '4\tBergen\tBergen\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|name=B-GPE_LOC',
  '5\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\tname=O',
  '',
  '# text = Vi dro av gårde.',
  '1-2\tVi dro\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tVi\tvi\tPRON\t_\t_\t2\tnsubj\t_\t_',
  '2\tdro\tdra\tVERB\t_\t_\t0\troot\t_\t_',
  '2.1\tav\tav\tADP\t_\t_\t_\t_\t_\t_',
  '3\tgårde\tgårde\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No',
  '4\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\t_',
  '',
  '',
].join('\n');

test('reads sentences with their comments and word tokens', () => {
  const sentences = readConllu(sample);
  assert.equal(sentences.length, 2);
  const first = sentences[0];
  assert.deepEqual(first?.comments, ['sent_id =  000001', 'text = Hun bor i Bergen.']);
  assert.deepEqual(
    first?.tokens.map((t) => [t.id, t.form, t.lemma, t.upos]),
    [
      [1, 'Hun', 'hun', 'PRON'],
      [2, 'bor', 'bo', 'VERB'],
      [3, 'i', 'i', 'ADP'],
      [4, 'Bergen', 'Bergen', 'PROPN'],
      [5, '.', '$.', 'PUNCT'],
    ],
  );
});

test('skips multiword-token ranges and empty nodes for tagging', () => {
  const second = readConllu(sample)[1];
  assert.deepEqual(
    second?.tokens.map((t) => t.form),
    ['Vi', 'dro', 'gårde', '.'],
  );
  assert.equal(second?.extra.length, 2);
});

test('writes back exactly what it read, extra lines in place', () => {
  assert.equal(writeConllu(readConllu(sample)), sample);
});

test('reads CRLF input and a file without a final blank line', () => {
  const crlf = sample.trimEnd().replaceAll('\n', '\r\n');
  assert.deepEqual(readConllu(crlf), readConllu(sample));
});

test('gets and sets MISC entries', () => {
  const cases: [string, string, string | undefined, string][] = [
    ['SpaceAfter=No|name=O', 'name', 'B-PER', 'SpaceAfter=No|name=B-PER'],
    ['_', 'name', 'O', 'name=O'],
    ['SpaceAfter=No', 'name', 'I-GPE', 'SpaceAfter=No|name=I-GPE'],
    ['name=O', 'name', undefined, '_'],
  ];
  for (const [misc, key, value, expected] of cases) assert.equal(miscSet(misc, key, value), expected);
  assert.equal(miscGet('SpaceAfter=No|name=B-ORG', 'name'), 'B-ORG');
  assert.equal(miscGet('_', 'name'), undefined);
});
