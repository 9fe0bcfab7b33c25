// Trains the NER model: name lists from training entities (held out per document while training) plus country names,
// and hashed cues from outside name lists (name-sources.ts), hidden for a share of tokens while training. Optionally
// several members (other seeds) with a share of each token's features dropped per step, their weights averaged.
import { createRequire } from 'node:module';
import {
  SequenceModel,
  SequencePerceptronTrainer,
  spanAllowed,
  toBilou,
} from '../../learn/sequence-perceptron.ts';
import { rowModelFromDense } from '../../learn/averaged-perceptron.ts';
import { createRandom, shuffleInPlace } from '../../learn/random.ts';
import { addEntry, spansOf } from './gazetteer.ts';
import type { GazetteerEntries } from './gazetteer.ts';
import { NER_LABELS, NerLexicon, nerFeatures } from './ner.ts';
import type { NerExclusions, NerLists } from './ner.ts';
import { gatherCues } from './name-sources.ts';
import type { CueSources } from './name-sources.ts';
import { hashCues } from './name-cues.ts';

export interface NerExample {
  words: string[];
  ner: string[];
  doc: string;
}

export interface NerTraining {
  epochs: number;
  seed: number;
  bits: number;
  minCount: number;
  /** Outside name lists to read (default all; false: none). */
  cues?: CueSources | false;
  /** Share of tokens whose outside-list cues are hidden while training. */
  cueDrop?: number;
  /** Models trained with other seeds whose weights are averaged into the one shipped (default 1). */
  ensemble?: number;
  /** Share of a token's features left out of each training step (dropout; default 0). */
  featureDrop?: number;
  log?: (m: string) => void;
}

/** Country names in Bokmål (and their genitives) as GPE entries, from i18n-iso-countries. */
export function countryEntries(entries: GazetteerEntries): void {
  const require = createRequire(import.meta.url);
  const nb = require('i18n-iso-countries/langs/nb.json') as { countries: Record<string, string | string[]> };
  for (const names of Object.values(nb.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      const tokens = name.split(/\s+/).join(' ');
      addEntry(entries, tokens, 'GPE', 1000);
      if (!tokens.endsWith('s')) addEntry(entries, `${tokens}s`, 'GPE', 1000);
    }
  }
}

export function trainNer(
  sentences: readonly NerExample[],
  options: NerTraining,
): { model: SequenceModel; lists: NerLists } {
  const entries: GazetteerEntries = {};
  const tokens: GazetteerEntries = {};
  const common = new Set<string>();
  const perDoc = new Map<string, NerExclusions>();
  for (const s of sentences) {
    const doc = perDoc.get(s.doc) ?? { entries: {}, tokens: {} };
    perDoc.set(s.doc, doc);
    for (const [start, end, type] of spansOf(s.ner)) {
      const key = s.words.slice(start, end).join(' ');
      addEntry(entries, key, type);
      addEntry(doc.entries, key, type);
      for (let i = start; i < end; i++) {
        const w = s.words[i] as string;
        if (w.length < 2 || w.toLowerCase() === w) continue;
        addEntry(tokens, w, type);
        addEntry(doc.tokens, w, type);
      }
    }
    for (const w of s.words) if (w === w.toLowerCase() && w !== w.toUpperCase()) common.add(w);
  }
  countryEntries(entries);
  const lists: NerLists = { entries, tokens, common: [...common].sort() };
  if (options.cues !== false) lists.cues = hashCues(gatherCues(options.cues ?? {}));
  const lexicon = new NerLexicon(lists);
  const members = Math.max(1, options.ensemble ?? 1);
  if (members === 1)
    return {
      model: trainMember(sentences, lexicon, perDoc, options, options.seed).finish(options.minCount),
      lists,
    };
  // Several members (other shuffles, hidden cues and dropped features), their averaged weights averaged: one linear
  // model of the same features, so decoding costs the same. (No count pruning here: `minCount` is 1 in use.)
  const L = NER_LABELS.length;
  const emissions = new Float32Array((1 << options.bits) * L);
  const transitions = new Float32Array((L + 1) * L);
  for (let m = 0; m < members; m++) {
    const trainer = trainMember(sentences, lexicon, perDoc, options, options.seed + 7919 * m, ` ${m + 1}`);
    trainer.addAveraged(emissions, transitions, 1 / members);
  }
  const model = new SequenceModel(
    rowModelFromDense(L, options.bits, emissions),
    transitions,
    spanAllowed(NER_LABELS),
  );
  return { model, lists };
}

/** Trains one sequence model with shuffles, hidden cues and dropped features drawn from `seed`. */
function trainMember(
  sentences: readonly NerExample[],
  lexicon: NerLexicon,
  perDoc: Map<string, NerExclusions>,
  options: NerTraining,
  seed: number,
  member = '',
): SequencePerceptronTrainer {
  const labelIndex = new Map(NER_LABELS.map((l, i) => [l, i]));
  const bilou = NER_LABELS.some((l) => l.startsWith('U-'));
  const dropRandom = createRandom(seed + 1);
  const rate = options.cueDrop ?? 0;
  const dropCue = rate > 0 ? (): boolean => dropRandom() < rate : undefined;
  const data = sentences.map((s) => ({
    feats: nerFeatures(s.words, lexicon, { ...(perDoc.get(s.doc) as NerExclusions), dropCue }),
    gold: Int32Array.from(bilou ? toBilou(s.ner) : s.ner, (l) => labelIndex.get(l) ?? 0),
  }));
  const trainer = new SequencePerceptronTrainer(NER_LABELS.length, options.bits, spanAllowed(NER_LABELS));
  for (const d of data) for (const f of d.feats) trainer.emission.count(f, f.length);
  const random = createRandom(seed);
  const featureDrop = options.featureDrop ?? 0;
  const dropFeature = createRandom(seed + 4);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let wrong = 0;
    let total = 0;
    for (const d of shuffleInPlace([...data], random)) {
      const feats =
        featureDrop > 0 ? d.feats.map((f) => f.filter(() => dropFeature() >= featureDrop)) : d.feats;
      const guess = trainer.train(feats, d.gold);
      for (let i = 0; i < guess.length; i++) if (guess[i] !== d.gold[i]) wrong++;
      total += guess.length;
    }
    options.log?.(`ner${member} epoch ${epoch}: token errors ${((100 * wrong) / total).toFixed(2)}%`);
  }
  return trainer;
}
