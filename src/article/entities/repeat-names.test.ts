import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import type { NameSpan } from './link-mentions.ts';
import { addRepeatedNames } from './repeat-names.ts';
import { nb } from '../../languages/nb/index.ts';

/** One sentence of whitespace tokens (tags do not matter here). */
function sentence(text: string): AnalyzedSentence {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    upos: 'X',
    feats: '_',
    lemma: m[0],
    ner: 'O',
  }));
  return { start: 0, end: text.length, tokens };
}

const body = 'Solbergs forslag ble nedstemt . Erna Solberg svarte . Solberg ga seg ikke .';

test('a name found once becomes a mention wherever it recurs, genitive included', () => {
  const found: NameSpan[] = [{ start: 31, end: 43, text: 'Erna Solberg', type: 'PER' }];
  const headline: NameSpan[] = [{ start: 0, end: 7, text: 'Solberg', type: 'PER' }];
  const names = addRepeatedNames([sentence(body)], found, headline);
  assert.deepEqual(
    names.map((n) => [n.text, n.base ?? null]),
    [
      ['Solbergs', 'Solberg'],
      ['Erna Solberg', null],
      ['Solberg', null],
    ],
  );
});

test('without names to repeat, or for lower-case words, nothing is added', () => {
  assert.deepEqual(addRepeatedNames([sentence(body)], [], []), []);
  const lower: NameSpan[] = [{ start: 0, end: 2, text: 'ab', type: 'PER' }];
  assert.equal(addRepeatedNames([sentence('ab ab ab')], lower, []).length, 1);
});

test('a name found only in part where it recurs is the whole known name there', () => {
  const body = 'Selskapet Fjordlaks Vest vokser. Fjordlaks Vest skal levere laks til Japan.';
  const sentences = nb.loadNlp!().analyze(body);
  const first = body.indexOf('Fjordlaks Vest');
  const part = body.lastIndexOf('Vest');
  const names = addRepeatedNames(
    sentences,
    [
      { start: first, end: first + 14, text: 'Fjordlaks Vest', type: 'ORG' },
      { start: part, end: part + 4, text: 'Vest', type: 'LOC' },
    ],
    [],
  );
  assert.deepEqual(
    names.map((n) => n.text),
    ['Fjordlaks Vest', 'Fjordlaks Vest'],
  );
});
