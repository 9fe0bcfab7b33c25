// Sparse term vectors as plain records (JSON-ready): TF-IDF weighting, cosine, pruning.
import type { FeatureCounts } from './article-features.ts';

export type SparseVector = Record<string, number>;

/** Document frequencies as plain JSON (the whole-state blob of schema 4 and older). */
export interface DocumentFrequencies {
  documents: number;
  df: Record<string, number>;
}

/** Document frequencies as IDF reads them: the document count and one term's count at a time. */
export interface TermFrequencies {
  readonly documents: number;
  count(term: string): number;
}

/** Smoothed inverse document frequency; unseen terms get the rarest weight. */
export function idf(frequencies: TermFrequencies, term: string): number {
  return Math.log((frequencies.documents + 1) / (frequencies.count(term) + 1)) + 1;
}

/** A plain-JSON table read as TermFrequencies. */
export function frequenciesOf(table: DocumentFrequencies): TermFrequencies {
  return { documents: table.documents, count: (term) => table.df[term] ?? 0 };
}

/** Sub-linear term frequency, L2-normalised: long articles weigh as much as short ones in a centroid. */
export function unitTermFrequencies(counts: FeatureCounts): SparseVector {
  const vector: SparseVector = {};
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = 1 + Math.log(count);
    vector[term] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const term in vector) vector[term] = (vector[term] ?? 0) / norm;
  return vector;
}

/** Cosine of the two vectors after each term is multiplied by its idf. */
export function idfCosine(a: SparseVector, b: SparseVector, frequencies: TermFrequencies): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const term in a) {
    const weight = idf(frequencies, term);
    const value = (a[term] ?? 0) * weight;
    normA += value * value;
    const other = b[term];
    if (other !== undefined) dot += value * other * weight;
  }
  for (const term in b) {
    const value = (b[term] ?? 0) * idf(frequencies, term);
    normB += value * value;
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

export function addInto(into: SparseVector, vector: SparseVector): void {
  for (const term in vector) into[term] = (into[term] ?? 0) + (vector[term] ?? 0);
}

/** The `k` terms with the highest idf-weighted value, best first. */
export function topTerms(vector: SparseVector, k: number, frequencies: TermFrequencies): string[] {
  return Object.keys(vector)
    .map((term) => [term, (vector[term] ?? 0) * idf(frequencies, term)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([term]) => term);
}

/** Keeps the `k` heaviest terms (by raw value) so a long-running story's centroid stays a fixed size. */
export function prune(vector: SparseVector, k: number): SparseVector {
  const terms = Object.keys(vector);
  if (terms.length <= k) return vector;
  const kept: SparseVector = {};
  terms.sort((x, y) => (vector[y] ?? 0) - (vector[x] ?? 0));
  for (const term of terms.slice(0, k)) kept[term] = vector[term] ?? 0;
  return kept;
}
