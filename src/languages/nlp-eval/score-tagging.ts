// UPOS, lemma and entity scores of a pipeline run on gold tokens, sentence by sentence.
import type { NlpPipeline } from '../nlp.ts';
import { entitySpans } from './entity-spans.ts';
import type { GoldSentence } from './gold-sentence.ts';
import { addCounts, countKeys, emptyCounts, type Counts } from './prf.ts';

export interface TaggingScore {
  tokens: number;
  upos: number;
  lemma: number;
  /** Entity counts per type and over all types (`all`). */
  entities: Map<string, Counts>;
}

/** Lemma match as conll-score.mjs counts it: exact, or ignoring case for proper nouns and X. */
function lemmaMatches(gold: string, predicted: string, upos: string): boolean {
  return (
    gold === predicted ||
    ((upos === 'PROPN' || upos === 'X') && gold.toLowerCase() === predicted.toLowerCase())
  );
}

export function scoreTagging(sentences: readonly GoldSentence[], nlp: NlpPipeline): TaggingScore {
  let tokens = 0;
  let upos = 0;
  let lemma = 0;
  const entities = new Map<string, Counts>([['all', emptyCounts()]]);
  const counts = (type: string): Counts => {
    let c = entities.get(type);
    if (!c) entities.set(type, (c = emptyCounts()));
    return c;
  };
  for (const s of sentences) {
    const words = s.tokens.map((t) => t.form);
    const analyses = nlp.tag(words);
    const labels = nlp.recognise(words, analyses);
    s.tokens.forEach((g, i) => {
      const a = analyses[i];
      tokens++;
      if (a?.upos === g.upos) upos++;
      if (a && lemmaMatches(g.lemma, a.lemma, g.upos)) lemma++;
    });
    const gold = entitySpans(s.tokens.map((t) => t.name));
    const predicted = entitySpans(words.map((_, i) => labels[i] ?? 'O'));
    const key = (e: { type: string; start: number; end: number }): string => `${e.type}:${e.start}:${e.end}`;
    addCounts(counts('all'), countKeys(gold.map(key), predicted.map(key)));
    const types = new Set([...gold, ...predicted].map((e) => e.type));
    for (const type of types) {
      addCounts(
        counts(type),
        countKeys(
          gold.filter((e) => e.type === type).map(key),
          predicted.filter((e) => e.type === type).map(key),
        ),
      );
    }
  }
  return {
    tokens,
    upos: tokens ? (100 * upos) / tokens : 0,
    lemma: tokens ? (100 * lemma) / tokens : 0,
    entities,
  };
}
