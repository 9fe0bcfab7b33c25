// Scores the pipeline on gold-tokenised sentences: UPOS, FEATS, lemma accuracy and NER P/R/F1 per type, plus speed.
import type { NlpPipeline } from '../../nlp.ts';
import type { LabelledSentence } from './corpus.ts';
import { spansOf } from './gazetteer.ts';

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  f1: number;
}

export interface Scores {
  tokens: number;
  upos: number;
  feats: number;
  lemma: number;
  nerPrecision: number;
  nerRecall: number;
  nerF1: number;
  perType: Record<string, TypeScore>;
  /** Tokens per CPU-second of this process for tag + recognise (CPU time: the machine is shared). */
  tokensPerCpuSecond: number;
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : Math.round((10000 * a) / b) / 100);
const f1 = (c: number, g: number, p: number): number =>
  g + p === 0 ? 0 : Math.round((20000 * c) / (g + p)) / 100;

/** Lemma agreement as the shared scorer counts it: exact, or case-insensitive for proper nouns and X. */
function lemmaMatches(gold: string, predicted: string, goldUpos: string): boolean {
  return (
    gold === predicted ||
    ((goldUpos === 'PROPN' || goldUpos === 'X') && gold.toLowerCase() === predicted.toLowerCase())
  );
}

export function evaluate(nlp: NlpPipeline, sentences: readonly LabelledSentence[]): Scores {
  let tokens = 0;
  let upos = 0;
  let feats = 0;
  let lemma = 0;
  const perType: Record<string, TypeScore> = {};
  const cpu = process.cpuUsage();
  const predictions = sentences.map((s) => {
    const analyses = nlp.tag(s.words);
    return { analyses, names: nlp.recognise(s.words, analyses) };
  });
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  sentences.forEach((s, k) => {
    const { analyses, names } = predictions[k] as (typeof predictions)[number];
    s.words.forEach((_, i) => {
      const a = analyses[i];
      tokens++;
      if (a?.upos === s.upos[i]) upos++;
      if (a?.feats === s.feats[i]) feats++;
      if (a && lemmaMatches(s.lemmas[i] as string, a.lemma, s.upos[i] as string)) lemma++;
    });
    const gold = new Set(spansOf(s.ner).map((x) => x.join(':')));
    const predicted = new Set(spansOf(names).map((x) => x.join(':')));
    for (const x of gold) {
      const t = (perType[x.split(':')[2] as string] ??= { gold: 0, predicted: 0, correct: 0, f1: 0 });
      t.gold++;
      if (predicted.has(x)) t.correct++;
    }
    for (const x of predicted)
      (perType[x.split(':')[2] as string] ??= { gold: 0, predicted: 0, correct: 0, f1: 0 }).predicted++;
  });
  let g = 0;
  let p = 0;
  let c = 0;
  for (const t of Object.values(perType)) {
    t.f1 = f1(t.correct, t.gold, t.predicted);
    g += t.gold;
    p += t.predicted;
    c += t.correct;
  }
  return {
    tokens,
    upos: pct(upos, tokens),
    feats: pct(feats, tokens),
    lemma: pct(lemma, tokens),
    nerPrecision: pct(c, p),
    nerRecall: pct(c, g),
    nerF1: f1(c, g, p),
    perType: Object.fromEntries(Object.entries(perType).sort()),
    tokensPerCpuSecond: Math.round(tokens / seconds),
  };
}
