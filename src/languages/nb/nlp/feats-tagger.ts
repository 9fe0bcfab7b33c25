// Morphological features (UD FEATS) given UPOS: one small perceptron per UPOS over the bundles seen with it in training.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { RowPerceptronTrainer } from '../../learn/averaged-perceptron.ts';
import type { RowModel } from '../../learn/averaged-perceptron.ts';
import { FormCache } from '../../learn/group-scores.ts';
import { createRandom, shuffleInPlace } from '../../learn/random.ts';

export interface FeatsLexicon {
  /** Every FEATS bundle seen, `_` included. */
  bundles: string[];
  /** UPOS -> bundle indices seen with it. */
  byUpos: Record<string, number[]>;
  /** `lower\tUPOS` -> bundle indices seen with that word (words seen at least twice). */
  byWord: Record<string, number[]>;
}

/** UPOS -> model whose classes are `byUpos[UPOS]` in order (UPOS with one bundle need none). */
export type FeatsModels = Record<string, RowModel>;

const END = '</s>';

/** Features of the word itself under its UPOS (scored once per form and UPOS at inference). */
function featsSelfFeatures(u: string, l: string, f: FeatureBuffer): void {
  f.str(0, u);
  f.str2(1, u, l);
  for (let n = 1; n <= 5; n++) f.suffixWith(2 + n, u, l, n);
}

/** Features of the neighbours (added without clearing). */
function featsContextFeatures(
  lower: readonly string[],
  upos: readonly string[],
  i: number,
  f: FeatureBuffer,
): void {
  const u = upos[i] as string;
  f.str2(8, u, upos[i - 1] ?? END);
  f.str2(9, u, upos[i + 1] ?? END);
  f.str2(10, u, lower[i - 1] ?? END);
  f.str2(11, u, lower[i + 1] ?? END);
  f.str3(12, u, upos[i + 1] ?? END, (lower[i + 1] ?? END).slice(-2));
  f.str3(13, u, upos[i - 1] ?? END, (lower[i - 1] ?? END).slice(-2));
  f.str3(14, u, upos[i + 2] ?? END, (lower[i + 2] ?? END).slice(-2));
}

function featsFeatures(lower: readonly string[], upos: readonly string[], i: number, f: FeatureBuffer): void {
  f.clear();
  featsSelfFeatures(upos[i] as string, lower[i] as string, f);
  featsContextFeatures(lower, upos, i, f);
}

const wordCache = new WeakMap<FeatsLexicon, Map<string, Map<string, number[]>>>();

/** `byWord` as UPOS -> word -> bundles, built once. */
function wordsByUpos(lexicon: FeatsLexicon): Map<string, Map<string, number[]>> {
  let index = wordCache.get(lexicon);
  if (!index) {
    index = new Map();
    for (const [key, bundles] of Object.entries(lexicon.byWord)) {
      const tab = key.lastIndexOf('\t');
      const upos = key.slice(tab + 1);
      let words = index.get(upos);
      if (!words) index.set(upos, (words = new Map()));
      words.set(key.slice(0, tab), bundles);
    }
    wordCache.set(lexicon, index);
  }
  return index;
}

const localCache = new WeakMap<FeatsLexicon, Map<string, Map<number, number>>>();

/** UPOS -> global bundle index -> class of that UPOS's model. */
function localIndex(lexicon: FeatsLexicon): Map<string, Map<number, number>> {
  let index = localCache.get(lexicon);
  if (!index) {
    index = new Map(
      Object.entries(lexicon.byUpos).map(([u, bundles]) => [u, new Map(bundles.map((b, k) => [b, k]))]),
    );
    localCache.set(lexicon, index);
  }
  return index;
}

/** One UPOS's model with its classes and per-word candidates in the model's own class numbers. */
interface UposFeats {
  model: RowModel | undefined;
  /** Model class -> global bundle. */
  classes: readonly number[];
  /** Candidates of words seen twice or more, as model classes. */
  words: Map<string, number[]>;
  /** Candidates of other words: every class. */
  all: number[];
  /** Scores of the self features per lower-cased form. */
  self: FormCache<Float32Array>;
}

/** Predicts FEATS for tagged sentences; keeps per-form scores of the word-only features. */
export class FeatsTagger {
  private readonly byUpos = new Map<string, UposFeats>();
  private readonly f = new FeatureBuffer();
  private scratch = new Float32Array(64);

  constructor(
    private readonly lexicon: FeatsLexicon,
    models: FeatsModels,
  ) {
    const locals = localIndex(lexicon);
    for (const [u, classes] of Object.entries(lexicon.byUpos)) {
      const local = locals.get(u) as Map<number, number>;
      const words = new Map<string, number[]>();
      for (const [w, bundles] of wordsByUpos(lexicon).get(u) ?? [])
        words.set(
          w,
          bundles.map((b) => local.get(b) ?? 0),
        );
      this.byUpos.set(u, {
        model: models[u],
        classes,
        words,
        all: classes.map((_, k) => k),
        self: new FormCache(20_000),
      });
    }
  }

  tag(lower: readonly string[], upos: readonly string[]): string[] {
    const out = new Array<string>(lower.length);
    const bundles = this.lexicon.bundles;
    for (let i = 0; i < lower.length; i++) {
      const u = upos[i] as string;
      const l = lower[i] as string;
      const x = this.byUpos.get(u);
      if (!x) {
        out[i] = '_';
        continue;
      }
      const candidates = x.words.get(l) ?? x.all;
      if (candidates.length === 1 || !x.model) {
        out[i] = bundles[x.classes[candidates[0] as number] as number] ?? '_';
        continue;
      }
      const c = x.classes.length;
      if (this.scratch.length < c) this.scratch = new Float32Array(c);
      const scores = this.scratch;
      let self = x.self.get(l);
      if (!self) {
        this.f.clear();
        featsSelfFeatures(u, l, this.f);
        self = new Float32Array(c);
        x.model.score(this.f.keys, this.f.length, self);
        x.self.set(l, self);
      }
      this.f.clear();
      featsContextFeatures(lower, upos, i, this.f);
      if (candidates === x.all) {
        for (let k = 0; k < c; k++) scores[k] = self[k] as number;
        x.model.score(this.f.keys, this.f.length, scores);
      } else {
        // A word seen in training chooses among its own bundles: only their scores are needed.
        for (const k of candidates) scores[k] = self[k] as number;
        x.model.scoreOnly(this.f.keys, this.f.length, scores, candidates);
      }
      let best = candidates[0] as number;
      for (const k of candidates) if ((scores[k] as number) > (scores[best] as number)) best = k;
      out[i] = bundles[x.classes[best] as number] ?? '_';
    }
    return out;
  }
}

export function buildFeatsLexicon(
  sentences: readonly { words: string[]; upos: string[]; feats: string[] }[],
): FeatsLexicon {
  const bundles = new Map<string, number>([['_', 0]]);
  const byUpos = new Map<string, Set<number>>();
  const byWord = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const feats = s.feats[i] as string;
      const u = s.upos[i] as string;
      if (!bundles.has(feats)) bundles.set(feats, bundles.size);
      const b = bundles.get(feats) as number;
      if (!byUpos.has(u)) byUpos.set(u, new Set());
      byUpos.get(u)?.add(b);
      const key = `${w.toLowerCase()}\t${u}`;
      if (!byWord.has(key)) byWord.set(key, new Map());
      const m = byWord.get(key) as Map<number, number>;
      m.set(b, (m.get(b) ?? 0) + 1);
    });
  }
  const words: Record<string, number[]> = {};
  for (const [key, m] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total >= 2) words[key] = [...m.keys()].sort((a, b) => a - b);
  }
  const upos: Record<string, number[]> = {};
  for (const [u, set] of [...byUpos].sort()) upos[u] = [...set].sort((a, b) => a - b);
  return { bundles: [...bundles.keys()], byUpos: upos, byWord: words };
}

export function trainFeats(
  sentences: readonly { words: string[]; upos: string[]; feats: string[] }[],
  options: { epochs: number; seed: number; bits: number; log?: (m: string) => void },
): { lexicon: FeatsLexicon; models: FeatsModels } {
  const lexicon = buildFeatsLexicon(sentences);
  const index = new Map(lexicon.bundles.map((b, i) => [b, i]));
  const locals = localIndex(lexicon);
  const trainers = new Map<string, RowPerceptronTrainer>();
  for (const [u, bundles] of Object.entries(lexicon.byUpos)) {
    if (bundles.length > 1) trainers.set(u, new RowPerceptronTrainer(bundles.length, options.bits));
  }
  const random = createRandom(options.seed);
  const f = new FeatureBuffer();
  const scratch = new Float32Array(256);
  const data = sentences.map((s) => ({ s, lower: s.words.map((w) => w.toLowerCase()) }));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const { s, lower } of shuffleInPlace([...data], random)) {
      s.words.forEach((_, i) => {
        const u = s.upos[i] as string;
        const trainer = trainers.get(u);
        const local = locals.get(u);
        if (!trainer || !local) return;
        featsFeatures(lower, s.upos, i, f);
        const gold = local.get(index.get(s.feats[i] as string) ?? 0) ?? 0;
        const guess = trainer.predict(f.keys, f.length, scratch.subarray(0, trainer.classes));
        trainer.learn(f.keys, f.length, gold, guess);
        trainer.tick();
        total++;
        if (guess === gold) right++;
      });
    }
    options.log?.(`feats epoch ${epoch}: train accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  const models: FeatsModels = {};
  for (const [u, trainer] of [...trainers].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    models[u] = trainer.finish();
  return { lexicon, models };
}
