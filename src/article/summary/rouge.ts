// ROUGE-N (n-gram overlap of a candidate summary with a reference): recall, precision and F1.

export interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

/** Lower-cased word tokens; pass a stemmer to compare `soldatene` with `soldater`. */
export function rougeTokens(text: string, stem: (w: string) => string = (w) => w): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of candidate tokens against reference tokens, with clipped counts. */
export function rougeN(candidate: string[], reference: string[], n: number): RougeScore {
  const cand = ngrams(candidate, n);
  const ref = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, cand.get(gram) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const candTotal = Math.max(candidate.length - n + 1, 0);
  const recall = refTotal ? overlap / refTotal : 0;
  const precision = candTotal ? overlap / candTotal : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1 };
}
