// Turns text into hashed language-ID features: character 1-5-grams and word unigrams, shared by training and inference.

/** Longest character n-gram; 5 is where nb/nn/da endings (-ane/-ene/-erne, -leg/-lig) are fully visible. */
export const MAX_NGRAM = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A different start state so a word never hashes like the character n-gram of the same letters. */
const WORD_OFFSET = 0x5bd1e995;

/**
 * Lower-cases and keeps letters only. Quotes, dashes, digits and punctuation become one space, which removes
 * the typographic shortcuts of the training data (guillemets only in nb/nn, straight quotes mostly in da).
 */
export function normalizeForLanguageId(text: string): string {
  const letters = text.normalize('NFC').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  return letters === '' ? '' : ` ${letters} `;
}

/**
 * Calls `visit` once per feature token (repeats included) of already-normalised text, with an unsigned
 * 32-bit hash. Incremental FNV-1a: each start position extends one hash through n = 1..MAX_NGRAM.
 */
export function forEachFeature(normalized: string, visit: (hash: number) => void): void {
  const length = normalized.length;
  for (let start = 0; start < length; start++) {
    let hash = FNV_OFFSET;
    const end = Math.min(length, start + MAX_NGRAM);
    for (let i = start; i < end; i++) {
      hash = Math.imul(hash ^ normalized.charCodeAt(i), FNV_PRIME);
      // A lone space carries no information and would be the most frequent feature.
      if (i === start && normalized.charCodeAt(i) === 32) break;
      visit(hash >>> 0);
    }
  }
  let hash = WORD_OFFSET;
  for (let i = 1; i < length; i++) {
    const code = normalized.charCodeAt(i);
    if (code === 32) {
      visit(hash >>> 0);
      hash = WORD_OFFSET;
    } else {
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
  }
}

/** Feature hashes with their counts, for training, where each sentence is visited once per epoch. */
export function countFeatures(normalized: string): Map<number, number> {
  const counts = new Map<number, number>();
  forEachFeature(normalized, (hash) => counts.set(hash, (counts.get(hash) ?? 0) + 1));
  return counts;
}
