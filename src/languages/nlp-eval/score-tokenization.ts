// Tokenization F1: predicted token spans on each `# text` line against the gold tokens placed on that line.
import type { Sentence } from '../nlp.ts';
import { alignTokens } from './align-tokens.ts';
import type { GoldSentence } from './gold-sentence.ts';
import { addCounts, countKeys, emptyCounts, type Counts } from './prf.ts';

export interface TokenizationScore {
  counts: Counts;
  /** Sentences whose text does not match their tokens, left out. */
  skipped: number;
  /** Per wrong sentence: its id, the gold and the predicted tokens (for error analysis). */
  errors: { id: string; gold: string[]; predicted: string[] }[];
}

export function scoreTokenization(
  sentences: readonly GoldSentence[],
  split: (text: string) => Sentence[],
): TokenizationScore {
  const counts = emptyCounts();
  const errors: TokenizationScore['errors'] = [];
  let skipped = 0;
  for (const s of sentences) {
    const gold = alignTokens(
      s.text,
      s.tokens.map((t) => t.form),
    );
    if (!gold) {
      skipped++;
      continue;
    }
    const predicted = split(s.text).flatMap((x) => x.tokens);
    const c = countKeys(
      gold.map((g) => `${g.start}:${g.end}`),
      predicted.map((p) => `${p.start}:${p.end}`),
    );
    addCounts(counts, c);
    if (c.match !== c.gold || c.match !== c.predicted) {
      errors.push({ id: s.id, gold: s.tokens.map((t) => t.form), predicted: predicted.map((p) => p.text) });
    }
  }
  return { counts, skipped, errors };
}
