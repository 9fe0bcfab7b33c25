// Specification of the learning machinery: perceptrons learn separable data, model files round-trip, edit scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureBuffer } from './feature-hash.ts';
import { RowModel, RowPerceptronTrainer, rowModelFromDense } from './averaged-perceptron.ts';
import { PairModel, PairPerceptronTrainer } from './pair-perceptron.ts';
import {
  SequenceModel,
  SequencePerceptronTrainer,
  spanAllowed,
  toBilou,
  toBio,
} from './sequence-perceptron.ts';
import { decodeDeltaVarint, decodeModelFile, encodeDeltaVarint, encodeModelFile } from './model-codec.ts';
import { applyScript, scriptOf } from './edit-script.ts';
import { createRandom, shuffleInPlace } from './random.ts';

// Word -> class: nouns end in -en/-er, verbs in -te/-et, the rest are little words.
const words: [string, number][] = [
  ['bilen', 0],
  ['huset', 1],
  ['jobbet', 1],
  ['gutter', 0],
  ['snakket', 1],
  ['dagen', 0],
  ['spiste', 1],
  ['båter', 0],
  ['kastet', 1],
  ['hesten', 0],
  ['på', 2],
  ['og', 2],
  ['i', 2],
  ['hoppet', 1],
  ['kaker', 0],
  ['lekte', 1],
  ['om', 2],
  ['byen', 0],
  ['ropte', 1],
  ['av', 2],
];

function featuresOf(word: string, f: FeatureBuffer): void {
  f.clear();
  f.str(1, word);
  f.suffix(2, word, 1);
  f.suffix(3, word, 2);
}

/** An averaged perceptron trained on `words` for `epochs` epochs. */
function trainOnWords(epochs: number): RowModel {
  const trainer = new RowPerceptronTrainer(3, 12);
  const f = new FeatureBuffer();
  const scratch = new Float32Array(3);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const [w, gold] of words) {
      featuresOf(w, f);
      trainer.count(f.keys, f.length);
      trainer.learn(f.keys, f.length, gold, trainer.predict(f.keys, f.length, scratch));
      trainer.tick();
    }
  }
  return trainer.finish();
}

test('the averaged perceptron learns word classes from their endings and survives a model file', () => {
  const f = new FeatureBuffer();
  const scratch = new Float32Array(3);
  const model = trainOnWords(30);
  const { header, sections } = model.toSections('m');
  const file = decodeModelFile(encodeModelFile({ m: header }, sections));
  const loaded = RowModel.fromSections(
    file,
    'm',
    file.header.m as { classes: number; bits: number; rows: number },
  );
  const unseen: [string, number][] = [
    ['sykkelen', 0],
    ['danset', 1],
    ['tegnet', 1],
    ['stolen', 0],
  ];
  for (const [w, gold] of [...words, ...unseen]) {
    featuresOf(w, f);
    assert.equal(loaded.predict(f.keys, f.length, scratch), gold, w);
  }
});

test('scoring only some classes gives exactly their full scores and leaves the others alone', () => {
  const f = new FeatureBuffer();
  const model = trainOnWords(10);
  for (const [w] of words) {
    featuresOf(w, f);
    const full = new Float32Array(3);
    model.score(f.keys, f.length, full);
    const some = Float32Array.of(7, 7, 7);
    some[0] = 0;
    some[2] = 0;
    model.scoreOnly(f.keys, f.length, some, [0, 2]);
    assert.deepEqual([...some], [full[0], 7, full[2]], w);
  }
});

test('the pair perceptron picks the right candidate and keeps it after a model file', () => {
  const trainer = new PairPerceptronTrainer(14);
  const f = new FeatureBuffer();
  for (let epoch = 0; epoch < 30; epoch++) {
    for (const [w, gold] of words) {
      featuresOf(w, f);
      trainer.train(f.keys, f.length, gold + 100, [100, 101, 102]);
    }
  }
  const { header, sections } = trainer.finish().toSections('p');
  const file = decodeModelFile(encodeModelFile({ p: header }, sections));
  const loaded = PairModel.fromSections(
    file,
    'p',
    file.header.p as { bits: number; count: number; scale: number },
  );
  featuresOf('malen', f);
  assert.equal(loaded.best(f.keys, f.length, [100, 101, 102]), 100);
  featuresOf('malte', f);
  assert.equal(loaded.best(f.keys, f.length, [100, 101, 102]), 101);
});

/** Places after `fra` and `i`: five sentences with their BIO labels, and a word, capital and previous-word feature. */
const placeLabels = ['O', 'B-LOC', 'I-LOC'];
const placeSentences = [
  'Hun kom fra Bergen i går',
  'Vi bor i Nord Odal nå',
  'De reiste fra Tromsø',
  'Han jobber i Oslo',
  'Noen flyttet fra Nye Bergen by',
].map((s) => s.split(' '));
const placeGold = [
  [0, 0, 0, 1, 0, 0],
  [0, 0, 0, 1, 2, 0],
  [0, 0, 0, 1],
  [0, 0, 0, 1],
  [0, 0, 0, 1, 2, 0],
];
const placeFeatures = (ws: string[]): Uint32Array[] => {
  const f = new FeatureBuffer();
  return ws.map((w, i) => {
    f.clear();
    f.str(1, w);
    f.int(2, w[0] === w[0]?.toUpperCase() ? 1 : 0);
    f.str(3, ws[i - 1] ?? '<s>');
    return f.snapshot();
  });
};

test('the structured perceptron learns to mark capitalised names after "fra" and "i"', () => {
  const trainer = new SequencePerceptronTrainer(3, 12, spanAllowed(placeLabels));
  for (let epoch = 0; epoch < 30; epoch++)
    placeSentences.forEach((s, k) => trainer.train(placeFeatures(s), placeGold[k] as number[]));
  const model: SequenceModel = trainer.finish();
  assert.deepEqual([...model.decode(placeFeatures('Vi dro fra Stavanger'.split(' ')))], [0, 0, 0, 1]);
  assert.deepEqual([...model.decode(placeFeatures('De bor i Nye Odal'.split(' ')))], [0, 0, 0, 1, 2]);
});

test('two structured perceptrons trained on different shuffles average into one model that still finds the places', () => {
  const bits = 12;
  const emissions = new Float32Array((1 << bits) * placeLabels.length);
  const transitions = new Float32Array((placeLabels.length + 1) * placeLabels.length);
  for (const seed of [1, 2]) {
    const trainer = new SequencePerceptronTrainer(3, bits, spanAllowed(placeLabels));
    // The first four sentences only, each member in its own order.
    const order = shuffleInPlace([0, 1, 2, 3], createRandom(seed));
    for (let epoch = 0; epoch < 20; epoch++)
      for (const k of order)
        trainer.train(placeFeatures(placeSentences[k] as string[]), placeGold[k] as number[]);
    trainer.addAveraged(emissions, transitions, 0.5);
  }
  const model = new SequenceModel(
    rowModelFromDense(3, bits, emissions),
    transitions,
    spanAllowed(placeLabels),
  );
  assert.ok(model.emission.rows > 0);
  assert.deepEqual([...model.decode(placeFeatures('Vi dro fra Stavanger'.split(' ')))], [0, 0, 0, 1]);
  assert.deepEqual([...model.decode(placeFeatures('De bor i Nye Odal'.split(' ')))], [0, 0, 0, 1, 2]);
});

test('decoding never puts I- after O', () => {
  const allowed = spanAllowed(['O', 'B-PER', 'I-PER']);
  assert.equal(allowed[0 * 3 + 2], 0);
  assert.equal(allowed[1 * 3 + 2], 1);
  assert.equal(allowed[3 * 3 + 2], 0);
});

test('BIO and BILOU convert both ways', () => {
  const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-GPE', 'B-ORG', 'I-ORG'];
  assert.deepEqual(toBilou(bio), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-GPE', 'B-ORG', 'L-ORG']);
  assert.deepEqual(toBio(toBilou(bio)), bio);
});

test('edit scripts turn Norwegian forms into lemmas and apply to new words', () => {
  const cases: [string, string, string, string][] = [
    // form, lemma, new form with the same pattern, its lemma
    ['husene', 'hus', 'bordene', 'bord'],
    ['sto', 'stå', 'lo', 'lå'],
    ['Bilen', 'bil', 'Båten', 'båt'],
    ['kastet', 'kaste', 'hoppet', 'hoppe'],
    [',', '$,', '.', '$.'],
  ];
  for (const [form, lemma, other, otherLemma] of cases) {
    const script = scriptOf(form, lemma);
    assert.equal(applyScript(form, script), lemma, form);
    assert.equal(applyScript(other, script), otherLemma, other);
  }
});

test('delta varints round-trip large sorted indices', () => {
  const values = [0, 1, 127, 128, 300, 70000, 2 ** 20, 2 ** 31 + 5];
  assert.deepEqual([...decodeDeltaVarint(encodeDeltaVarint(values), values.length)], values);
});

test('seeded shuffles repeat exactly', () => {
  const a = shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], createRandom(42));
  const b = shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], createRandom(42));
  assert.deepEqual(a, b);
});
