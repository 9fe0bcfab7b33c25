// The compact language-ID model: its JSON file format, loading it into a lookup table, and scoring text with it.
import { forEachFeature } from './extract-features.ts';

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
  /** Open-addressing table: `slotHashes[s]` is a feature hash, `slotRows[s]` its weight row or -1 if empty. */
  slotHashes: Uint32Array;
  slotRows: Int32Array;
  weights: Float32Array;
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
  if (file.format !== 'sakskart-langid/1') throw new Error(`unknown language model format ${String(file.format)}`);
  const classes = file.languages.length;
  const hashBytes = Buffer.from(file.features, 'base64');
  const hashes = new Uint32Array(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength / 4);
  const quantised = new Int8Array(Buffer.from(file.weights, 'base64'));
  if (quantised.length !== hashes.length * classes) throw new Error('language model weights do not match features');
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = (quantised[i] ?? 0) * file.scale;
  // Load factor at most 1/2 keeps probes short.
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const slotHashes = new Uint32Array(size);
  const slotRows = new Int32Array(size).fill(-1);
  for (let row = 0; row < hashes.length; row++) {
    const hash = hashes[row] ?? 0;
    let slot = hash & (size - 1);
    while ((slotRows[slot] ?? -1) !== -1) slot = (slot + 1) & (size - 1);
    slotHashes[slot] = hash;
    slotRows[slot] = row;
  }
  return { languages: file.languages, bias: Float64Array.from(file.bias), slotHashes, slotRows, weights };
}

/**
 * Class scores (logits) for normalised text. Feature values are counts divided by the square root of the
 * number of feature tokens, the same as in training, so longer text gives proportionally firmer scores.
 */
export function scoreLanguages(model: LanguageModel, normalized: string): Float64Array {
  const classes = model.languages.length;
  const sums = new Float64Array(classes);
  const mask = model.slotHashes.length - 1;
  const { slotHashes, slotRows, weights } = model;
  let tokens = 0;
  forEachFeature(normalized, (hash) => {
    tokens++;
    let slot = hash & mask;
    for (;;) {
      const row = slotRows[slot] ?? -1;
      if (row === -1) return;
      if (slotHashes[slot] === hash) {
        for (let c = 0; c < classes; c++) sums[c] = (sums[c] ?? 0) + (weights[row * classes + c] ?? 0);
        return;
      }
      slot = (slot + 1) & mask;
    }
  });
  const norm = tokens > 0 ? 1 / Math.sqrt(tokens) : 0;
  for (let c = 0; c < classes; c++) sums[c] = (model.bias[c] ?? 0) + (sums[c] ?? 0) * norm;
  return sums;
}

/** Softmax of the scores: the best class and its probability. */
export function pickLanguage(model: LanguageModel, scores: Float64Array): { index: number; probability: number } {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  const top = scores[best] ?? 0;
  let total = 0;
  for (const s of scores) total += Math.exp(s - top);
  return { index: best, probability: 1 / total };
}
