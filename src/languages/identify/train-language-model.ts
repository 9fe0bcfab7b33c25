// Trains the language-ID model: class-weighted multinomial logistic regression on hashed n-gram features, then prunes and quantises it.
import { createRandom, shuffleInPlace } from '../learn/random.ts';
import { countFeatures, normalizeForLanguageId } from './extract-features.ts';
import { encodeLanguageModel, type LanguageModelFile } from './language-model.ts';

export interface LabelledText {
  text: string;
  language: string;
}

export interface TrainOptions {
  /** Passes over the training data. */
  epochs: number;
  /** Adagrad base step. */
  learningRate: number;
  /** L2 penalty per update, scaled by the feature value; keeps rare n-grams from taking over. */
  l2: number;
  /** Features kept in the shipped model, ranked by how much they separate the classes. */
  maxFeatures: number;
  /** Features seen in fewer training texts are not learned at all. */
  minTexts: number;
  seed: number;
}

export const defaultTrainOptions: TrainOptions = {
  epochs: 6,
  learningRate: 0.5,
  l2: 1e-6,
  maxFeatures: 100_000,
  minTexts: 2,
  seed: 20251125,
};

export { createRandom, shuffleInPlace } from '../learn/random.ts';

interface SparseText {
  columns: Int32Array;
  values: Float32Array;
  label: number;
}

export function trainLanguageModel(
  samples: readonly LabelledText[],
  options: Partial<TrainOptions> = {},
  about: Record<string, unknown> = {},
): LanguageModelFile {
  const opts = { ...defaultTrainOptions, ...options };
  const languages = [...new Set(samples.map((s) => s.language))].sort();
  const classes = languages.length;
  const counted = samples.map((s) => ({ counts: countFeatures(normalizeForLanguageId(s.text)), s }));

  const textsWithFeature = new Map<number, number>();
  for (const { counts } of counted)
    for (const hash of counts.keys()) textsWithFeature.set(hash, (textsWithFeature.get(hash) ?? 0) + 1);
  const columnOf = new Map<number, number>();
  const hashOf: number[] = [];
  for (const [hash, n] of textsWithFeature) {
    if (n < opts.minTexts) continue;
    columnOf.set(hash, hashOf.length);
    hashOf.push(hash);
  }
  textsWithFeature.clear();

  const texts: SparseText[] = counted.map(({ counts, s }) => {
    let tokens = 0;
    for (const n of counts.values()) tokens += n;
    const norm = tokens > 0 ? 1 / Math.sqrt(tokens) : 0;
    const columns: number[] = [];
    const values: number[] = [];
    for (const [hash, n] of counts) {
      const column = columnOf.get(hash);
      if (column === undefined) continue;
      columns.push(column);
      values.push(n * norm);
    }
    return {
      columns: Int32Array.from(columns),
      values: Float32Array.from(values),
      label: languages.indexOf(s.language),
    };
  });

  // Balanced class weights: Danish and German have fewer sentences and must not lose to the larger classes by default.
  const perClass = languages.map((_, c) => texts.filter((t) => t.label === c).length);
  const classWeight = perClass.map((n) => texts.length / (classes * Math.max(1, n)));

  const weights = new Float64Array(hashOf.length * classes);
  const squaredGradients = new Float64Array(hashOf.length * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasSquared = new Float64Array(classes).fill(1e-8);
  const random = createRandom(opts.seed);
  const order = texts.map((_, i) => i);
  const scores = new Float64Array(classes);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const text = texts[index] as SparseText;
      scores.set(bias);
      for (let k = 0; k < text.columns.length; k++) {
        const base = (text.columns[k] ?? 0) * classes;
        const value = text.values[k] ?? 0;
        for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + (weights[base + c] ?? 0) * value;
      }
      const top = Math.max(...scores);
      let total = 0;
      for (let c = 0; c < classes; c++) total += Math.exp((scores[c] ?? 0) - top);
      const sampleWeight = classWeight[text.label] ?? 1;
      for (let c = 0; c < classes; c++) {
        // Gradient of the cross-entropy with respect to the class score.
        const delta = sampleWeight * (Math.exp((scores[c] ?? 0) - top) / total - (c === text.label ? 1 : 0));
        scores[c] = delta;
        biasSquared[c] = (biasSquared[c] ?? 0) + delta * delta;
        bias[c] = (bias[c] ?? 0) - (opts.learningRate * delta) / Math.sqrt(biasSquared[c] ?? 1);
      }
      for (let k = 0; k < text.columns.length; k++) {
        const base = (text.columns[k] ?? 0) * classes;
        const value = text.values[k] ?? 0;
        for (let c = 0; c < classes; c++) {
          const at = base + c;
          const w = weights[at] ?? 0;
          const gradient = (scores[c] ?? 0) * value + opts.l2 * w;
          squaredGradients[at] = (squaredGradients[at] ?? 0) + gradient * gradient;
          weights[at] = w - (opts.learningRate * gradient) / Math.sqrt(squaredGradients[at] ?? 1);
        }
      }
    }
  }

  // Centre each feature's row (softmax ignores a shared offset), then keep the rows that separate classes most.
  const rows: { hash: number; weights: number[]; spread: number }[] = [];
  for (let column = 0; column < hashOf.length; column++) {
    const row = Array.from(weights.subarray(column * classes, (column + 1) * classes));
    const mean = row.reduce((a, b) => a + b, 0) / classes;
    const centred = row.map((w) => w - mean);
    rows.push({
      hash: hashOf[column] ?? 0,
      weights: centred,
      spread: Math.max(...centred) - Math.min(...centred),
    });
  }
  rows.sort((a, b) => b.spread - a.spread || a.hash - b.hash);
  const kept = rows.slice(0, opts.maxFeatures);
  const biasMean = bias.reduce((a, b) => a + b, 0) / classes;
  return encodeLanguageModel(
    languages,
    Array.from(bias, (b) => b - biasMean),
    kept.map(({ hash, weights: w }) => ({ hash, weights: w })),
    {
      ...about,
      options: opts,
      trainTexts: Object.fromEntries(languages.map((l, c) => [l, perClass[c]])),
      learnedFeatures: hashOf.length,
    },
  );
}
