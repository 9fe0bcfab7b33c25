// Per-story extractive summary: the evidence sentences of the most-reported facts, then of each disagreement.
import type { ArticleRecord } from '../../contract/index.ts';
import { splitSentences } from '../../article/quotes/split-sentences.ts';
import type { FactSource, StoryFacts } from '../facts/types.ts';

export interface StorySummarySentence {
  text: string;
  articleId: string;
  start: number;
  end: number;
  /** Ids of the facts and disagreements this sentence stands for. */
  covers: string[];
}

export interface StorySummaryOptions {
  /** Sentences for the main facts (disagreements come on top). */
  maxFacts?: number;
  maxDisagreements?: number;
}

const CERTAINTY_RANK = { asserted: 4, reported: 3, estimated: 2, hedged: 1, denied: 0 } as const;

interface Ranked {
  id: string;
  sources: FactSource[];
  weight: number;
}

function articleCount(sources: FactSource[]): number {
  return new Set(sources.map((s) => s.articleId)).size;
}

/** The sentence of `record` around a source span; the span itself if no sentence contains it. */
function sentenceAround(record: ArticleRecord, source: FactSource): { start: number; end: number } {
  const hit = splitSentences(record.body).find((s) => s.start <= source.start && source.start < s.end);
  return hit ?? { start: source.start, end: source.end };
}

export function summarizeStory(
  records: ArticleRecord[],
  facts: StoryFacts,
  options: StorySummaryOptions = {},
): StorySummarySentence[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const picked: StorySummarySentence[] = [];
  const add = (id: string, source: FactSource | undefined): boolean => {
    const record = source ? byId.get(source.articleId) : undefined;
    if (!source || !record || source.end <= source.start) return false;
    const span = sentenceAround(record, source);
    const text = record.body.slice(span.start, span.end).trim();
    const same = picked.find((p) => p.text === text);
    if (same) {
      if (!same.covers.includes(id)) same.covers.push(id);
      return false;
    }
    picked.push({ text, articleId: record.id, ...span, covers: [id] });
    return true;
  };
  // A fact more articles report is more central to the story; firmer facts break ties.
  const ranked: Ranked[] = [
    ...facts.relations
      .filter((r) => r.certainty !== 'denied')
      .map((r) => ({
        id: r.id,
        sources: r.sources,
        weight: articleCount(r.sources) + CERTAINTY_RANK[r.certainty] / 10,
      })),
    ...facts.events.map((e) => ({
      id: e.id,
      sources: e.sources,
      weight: articleCount(e.sources) + (e.date ? 0.3 : 0),
    })),
    ...facts.claims.map((c) => ({
      id: c.id,
      sources: c.sources,
      weight: articleCount(c.sources) + CERTAINTY_RANK[c.certainty] / 10,
    })),
  ].sort((a, b) => b.weight - a.weight);
  const maxFacts = options.maxFacts ?? 4;
  let added = 0;
  for (const fact of ranked) {
    if (added >= maxFacts) break;
    // The firmest source's sentence speaks for the fact.
    const best = [...fact.sources].sort(
      (a, b) => CERTAINTY_RANK[b.certainty ?? 'hedged'] - CERTAINTY_RANK[a.certainty ?? 'hedged'],
    )[0];
    if (add(fact.id, best)) added++;
  }
  for (const d of facts.disagreements.slice(0, options.maxDisagreements ?? 2)) {
    for (const side of d.sides) add(d.id, side.sources[0]);
  }
  return picked;
}
