// Precision, recall and F1 from counts, and their sums.

export interface Counts {
  /** Items both predicted and gold. */
  match: number;
  gold: number;
  predicted: number;
}

export function emptyCounts(): Counts {
  return { match: 0, gold: 0, predicted: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.match += more.match;
  into.gold += more.gold;
  into.predicted += more.predicted;
}

/** Counts the overlap of two lists of keys (each key counted once per list). */
export function countKeys(gold: Iterable<string>, predicted: Iterable<string>): Counts {
  const g = new Set(gold);
  const p = new Set(predicted);
  let match = 0;
  for (const key of p) if (g.has(key)) match++;
  return { match, gold: g.size, predicted: p.size };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Percentages; 0 where a denominator is 0. */
export function prf(c: Counts): Prf {
  const precision = c.predicted > 0 ? (100 * c.match) / c.predicted : 0;
  const recall = c.gold > 0 ? (100 * c.match) / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
