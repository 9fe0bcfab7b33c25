// Pairwise clustering scores: every pair of articles is a decision "same story" or "different stories".
export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

/** `gold` and `predicted` map each item to a cluster label; items missing from `predicted` count as singletons. */
export function pairwiseScores(gold: Map<string, string>, predicted: Map<string, string>): PairwiseScores {
  const items = [...gold.keys()];
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i] as string;
      const b = items[j] as string;
      const same = gold.get(a) === gold.get(b);
      const predictedA = predicted.get(a);
      const together = predictedA !== undefined && predictedA === predicted.get(b);
      if (same) truePairs += 1;
      if (together) predictedPairs += 1;
      if (same && together) correctPairs += 1;
    }
  }
  // With no pairs on a side the score is vacuously perfect, as for a set of singletons predicted as such.
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs };
}
