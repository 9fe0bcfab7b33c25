// The compact language-ID model: its JSON file format, loading it into a lookup table, and scoring text with it.
import { collectFeatures, maxFeatureCount } from './extract-features.ts';

/** What `model.json` holds. Weights are int8 so 100 000 features fit in about 1.3 MB of JSON. */
export interface LanguageModelFile {
  format: 'sakskart-langid/1';
  /** Class order of `bias` and of each weight row. */
  languages: string[];
  bias: number[];
  /** A weight is `int8 * scale`. */
  scale: number;
  /** Base64 of little-endian uint32 feature hashes, ascending. */
  features: string;
  /** Base64 of int8 weights, one row of `languages.length` per feature. */
  weights: string;
  /** How the model was made: data, split, hyperparameters, dev scores. Not read at inference. */
  about: Record<string, unknown>;
}

export interface LanguageModel {
  languages: readonly string[];
  bias: Float64Array;
  /**
   * Open-addressing table of [feature hash, weight row + 1] pairs, 0 meaning an empty slot. Hash and row
   * side by side make a probe one cache line; the table and the int8 rows together stay under 2 MB.
   */
  slots: Int32Array;
  /** int8 weights, `languages.length` per row; multiply sums by `scale`. */
  weights: Int8Array;
  scale: number;
}

export function encodeLanguageModel(
  languages: string[],
  bias: number[],
  rows: { hash: number; weights: number[] }[],
  about: Record<string, unknown>,
): LanguageModelFile {
  const sorted = [...rows].sort((a, b) => a.hash - b.hash);
  let largest = 1e-9;
  for (const row of sorted) for (const w of row.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127;
  const hashes = new Uint32Array(sorted.length);
  const weights = new Int8Array(sorted.length * languages.length);
  sorted.forEach((row, r) => {
    hashes[r] = row.hash;
    row.weights.forEach((w, c) => (weights[r * languages.length + c] = Math.round(w / scale)));
  });
  return {
    format: 'sakskart-langid/1',
    languages,
    bias: bias.map((b) => Number(b.toFixed(5))),
    scale,
    features: Buffer.from(hashes.buffer).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
    about,
  };
}

export function decodeLanguageModel(file: LanguageModelFile): LanguageModel {
  if (file.format !== 'sakskart-langid/1')
    throw new Error(`unknown language model format ${String(file.format)}`);
  const classes = file.languages.length;
  const hashBytes = Buffer.from(file.features, 'base64');
  const hashes = new Uint32Array(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength / 4);
  const weights = new Int8Array(Buffer.from(file.weights, 'base64'));
  if (weights.length !== hashes.length * classes)
    throw new Error('language model weights do not match features');
  // Load factor at most 1/2 keeps probes short.
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const slots = new Int32Array(size * 2);
  for (let row = 0; row < hashes.length; row++) {
    const hash = (hashes[row] ?? 0) | 0;
    let slot = hash & (size - 1);
    while ((slots[slot * 2 + 1] ?? 0) !== 0) slot = (slot + 1) & (size - 1);
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = row + 1;
  }
  return { languages: file.languages, bias: Float64Array.from(file.bias), slots, weights, scale: file.scale };
}

/**
 * Class scores (logits) for normalised text. Feature values are counts divided by the square root of the
 * number of feature tokens, the same as in training, so longer text gives proportionally firmer scores.
 */
export function scoreLanguages(model: LanguageModel, normalized: string): Float64Array {
  const classes = model.languages.length;
  const sums = new Int32Array(classes);
  const { slots, weights } = model;
  const mask = slots.length / 2 - 1;
  const hashes = scratch(maxFeatureCount(normalized.length));
  const tokens = collectFeatures(normalized, hashes);
  for (let t = 0; t < tokens; t++) {
    const hash = (hashes[t] ?? 0) | 0;
    let slot = hash & mask;
    for (;;) {
      const row = slots[slot * 2 + 1] ?? 0;
      if (row === 0) break;
      if (slots[slot * 2] === hash) {
        const base = (row - 1) * classes;
        for (let c = 0; c < classes; c++) sums[c] = (sums[c] ?? 0) + (weights[base + c] ?? 0);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const factor = tokens > 0 ? model.scale / Math.sqrt(tokens) : 0;
  const scores = new Float64Array(classes);
  for (let c = 0; c < classes; c++) scores[c] = (model.bias[c] ?? 0) + (sums[c] ?? 0) * factor;
  return scores;
}

/** One reusable hash buffer: scoring is synchronous, so no two calls ever share it at once. */
let buffer = new Uint32Array(0);
function scratch(size: number): Uint32Array {
  if (buffer.length < size) buffer = new Uint32Array(Math.max(size, 2 * buffer.length));
  return buffer;
}

/** Softmax of the scores: the best class and its probability. */
export function pickLanguage(
  model: LanguageModel,
  scores: Float64Array,
): { index: number; probability: number } {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  const top = scores[best] ?? 0;
  let total = 0;
  for (const s of scores) total += Math.exp(s - top);
  return { index: best, probability: 1 / total };
}
