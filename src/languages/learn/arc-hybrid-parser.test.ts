// Specification of the transition parser: it learns hand-made Bokmål trees (copula, auxiliary, preposition, clause)
// back, generalises to a sentence of the same shape, and trains deterministically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureBuffer, hashOf } from './feature-hash.ts';
import { actionCount, parseSentence, trainParser } from './arc-hybrid-parser.ts';
import type { ParserExample, ParserSentence } from './arc-hybrid-parser.ts';

const LABELS = ['aux', 'case', 'cop', 'det', 'mark', 'nsubj', 'obj', 'obl', 'ccomp', 'punct', 'root'];
const ROOT = LABELS.indexOf('root');

/** A sentence as `word/TAG/head/label` items (heads 1-based, 0 for the root, as in CoNLL-U). */
function tree(spec: string): { x: ParserSentence; heads: number[]; labels: string[] } {
  const items = spec.split(' ').map((t) => t.split('/') as [string, string, string, string]);
  return {
    x: {
      words: Uint32Array.from(items, ([w]) => hashOf(w.toLowerCase())),
      tags: Uint32Array.from(items, ([, t]) => hashOf(t)),
    },
    heads: items.map(([, , h]) => Number(h) - 1),
    labels: items.map(([, , , l]) => l),
  };
}

const training = [
  'Hun/PRON/3/nsubj er/AUX/3/cop lege/NOUN/0/root ./PUNCT/3/punct',
  'Han/PRON/3/nsubj har/AUX/3/aux kjøpt/VERB/0/root en/DET/5/det bil/NOUN/3/obj ./PUNCT/3/punct',
  'Boka/NOUN/2/nsubj ligger/VERB/0/root på/ADP/4/case bordet/NOUN/2/obl ./PUNCT/2/punct',
  'Vi/PRON/2/nsubj vet/VERB/0/root at/SCONJ/5/mark det/PRON/5/nsubj regner/VERB/2/ccomp ./PUNCT/2/punct',
  'Per/PROPN/3/nsubj er/AUX/3/cop glad/ADJ/0/root ./PUNCT/3/punct',
  'Kari/PROPN/3/nsubj har/AUX/3/aux lest/VERB/0/root boka/NOUN/3/obj ./PUNCT/3/punct',
].map(tree);

const examples: ParserExample[] = training.map((t) => ({
  x: t.x,
  heads: Int32Array.from(t.heads),
  labels: Int32Array.from(t.labels, (l) => LABELS.indexOf(l)),
}));

const train = (): ReturnType<typeof trainParser> =>
  trainParser(examples, LABELS.length, ROOT, { epochs: 10, bits: 14, seed: 7, explore: 0.9 });

function parse(
  model: ReturnType<typeof trainParser>,
  x: ParserSentence,
): { heads: number[]; labels: string[] } {
  const t = parseSentence(x, model, ROOT, new FeatureBuffer(), new Float32Array(actionCount(LABELS.length)));
  return { heads: Array.from(t.heads), labels: Array.from(t.labels, (l) => LABELS[l] as string) };
}

test('the parser learns its training trees back, with one root', () => {
  const model = train();
  for (const t of training) {
    const got = parse(model, t.x);
    assert.deepEqual(got.heads, t.heads);
    assert.deepEqual(got.labels, t.labels);
    assert.equal(got.heads.filter((h) => h === -1).length, 1);
  }
});

test('a new copula sentence gets the copula attached to its predicate', () => {
  const t = tree('Ola/PROPN/3/nsubj er/AUX/3/cop syk/ADJ/0/root ./PUNCT/3/punct');
  const got = parse(train(), t.x);
  assert.deepEqual(got.heads, t.heads);
  assert.equal(got.labels[1], 'cop');
});

test('two trainings give the same weights', () => {
  const a = train();
  const b = train();
  const probe = training[3]?.x as ParserSentence;
  assert.deepEqual(parse(a, probe), parse(b, probe));
  assert.deepEqual(a.toSections('parser'), b.toSections('parser'));
});
