// Greedy transition-based dependency parser (arc-hybrid, labelled), scored by a multiclass averaged perceptron over
// hashed stack and buffer features. Language-agnostic: a sentence comes as hashes of its words, tags and classes.
import { FeatureBuffer, mixInt, seedOf } from './feature-hash.ts';
import { RowPerceptronTrainer } from './averaged-perceptron.ts';
import type { RowModel } from './averaged-perceptron.ts';
import { createRandom, shuffleInPlace } from './random.ts';

/** What the parser reads of one sentence (one hash per token each). */
export interface ParserSentence {
  /** Lower-cased word forms. */
  words: Uint32Array;
  /** Part-of-speech tags (e.g. a tagger's first guesses). */
  tags: Uint32Array;
  /** Any further per-token class (e.g. ambiguity classes), or omitted. */
  classes?: Uint32Array;
}

/** A dependency tree: `heads[i]` is the index of token i's head (-1 for the root); `labels[i]` indexes the labels. */
export interface ParseTree {
  heads: Int32Array;
  labels: Int32Array;
}

interface Scorer {
  score(keys: Uint32Array, n: number, out: Float32Array, offset?: number): void;
}

const NONE = 0x3c6ef372;
const ROOT = 0x0a3d70a3;
const NOLABEL = 63;

/** Action codes: 0 SHIFT, 1 + 2l LEFT with label l (s0 becomes a child of b0), 2 + 2l RIGHT (s0 child of s1). */
export function actionCount(labels: number): number {
  return 1 + 2 * labels;
}

/** Parser state over n tokens; index n stands for the artificial root at the bottom of the stack. */
class State {
  readonly stack: Int32Array;
  sp = 1;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and rightmost child, numbers of left and right children, and the set of child labels (bit mask). */
  readonly lc: Int32Array;
  readonly rc: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  readonly mask: Uint32Array;
  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    this.stack[0] = n;
    this.heads = new Int32Array(n).fill(-2);
    this.labels = new Int32Array(n).fill(-1);
    this.lc = new Int32Array(n + 1).fill(-1);
    this.rc = new Int32Array(n + 1).fill(-1);
    this.nl = new Int32Array(n + 1);
    this.nr = new Int32Array(n + 1);
    this.mask = new Uint32Array(n + 1);
  }
  get done(): boolean {
    return this.b >= this.n && this.sp === 1;
  }
  s(k: number): number {
    return this.sp - 1 - k >= 0 ? (this.stack[this.sp - 1 - k] as number) : -1;
  }
  legal(action: number, rootLabel: number): boolean {
    if (action === 0) return this.b < this.n;
    const label = (action - 1) >> 1;
    if ((action & 1) === 1) return this.sp >= 2 && this.b < this.n && label !== rootLabel;
    if (this.sp < 2) return false;
    // The root takes one child, the last word left once the buffer is empty.
    if (this.sp === 2) return this.b >= this.n && label === rootLabel;
    return label !== rootLabel;
  }
  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head === this.n ? -1 : head;
    this.labels[dep] = label;
    if (dep < head) {
      if (this.lc[head] === -1 || dep < (this.lc[head] as number)) this.lc[head] = dep;
      this.nl[head] = (this.nl[head] as number) + 1;
    } else {
      if (dep > (this.rc[head] as number)) this.rc[head] = dep;
      this.nr[head] = (this.nr[head] as number) + 1;
    }
    this.mask[head] = (this.mask[head] as number) | (1 << (label & 31));
  }
  apply(action: number): void {
    if (action === 0) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const label = (action - 1) >> 1;
    const s0 = this.stack[--this.sp] as number;
    if ((action & 1) === 1) this.attach(this.b, s0, label);
    else this.attach(this.stack[this.sp - 1] as number, s0, label);
  }
}

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6;
}

function add4(f: FeatureBuffer, id: number, a: number, b: number, c: number, d: number): void {
  f.add(mixInt(mixInt(mixInt(mixInt(seedOf(id), a), b), c), d));
}

/** The features of a state (cleared first). */
function stateFeatures(x: ParserSentence, st: State, f: FeatureBuffer): void {
  const n = st.n;
  const W = (i: number): number => (i < 0 ? NONE : i === n ? ROOT : (x.words[i] as number));
  const T = (i: number): number => (i < 0 ? NONE : i === n ? ROOT : (x.tags[i] as number));
  const L = (i: number): number => (i < 0 ? NOLABEL : (st.labels[i] as number));
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b < n ? st.b : -1;
  const b1 = st.b + 1 < n ? st.b + 1 : -1;
  const b2 = st.b + 2 < n ? st.b + 2 : -1;
  const s0w = W(s0);
  const s0t = T(s0);
  const s1w = W(s1);
  const s1t = T(s1);
  const b0w = W(b0);
  const b0t = T(b0);
  const b1w = W(b1);
  const b1t = T(b1);
  const b2t = T(b2);
  const s2t = T(s2);
  const s0lc = s0 >= 0 ? (st.lc[s0] as number) : -1;
  const s0rc = s0 >= 0 ? (st.rc[s0] as number) : -1;
  const s1lc = s1 >= 0 ? (st.lc[s1] as number) : -1;
  const s1rc = s1 >= 0 ? (st.rc[s1] as number) : -1;
  const b0lc = b0 >= 0 ? (st.lc[b0] as number) : -1;
  const s0m = s0 >= 0 ? (st.mask[s0] as number) : 0;
  const s1m = s1 >= 0 ? (st.mask[s1] as number) : 0;
  const b0m = b0 >= 0 ? (st.mask[b0] as number) : 0;
  const d = s0 >= 0 && b0 >= 0 && s0 < n ? distanceBucket(b0 - s0) : 7;
  const d2 = s0 >= 0 && s1 >= 0 && s1 < n ? distanceBucket(s0 - s1) : 7;
  f.clear();
  f.int(0, 0);
  f.int(1, s0w);
  f.int(2, s0t);
  f.int(3, s0w, s0t);
  f.int(4, s1w);
  f.int(5, s1t);
  f.int(6, s1w, s1t);
  f.int(7, b0w);
  f.int(8, b0t);
  f.int(9, b0w, b0t);
  f.int(10, b1w);
  f.int(11, b1t);
  f.int(12, b1w, b1t);
  f.int(13, b2t);
  f.int(14, W(b2));
  f.int(15, s2t);
  add4(f, 16, s0w, s0t, b0w, b0t);
  f.int3(17, s0w, s0t, b0w);
  f.int3(18, s0w, b0w, b0t);
  f.int3(19, s0w, s0t, b0t);
  f.int3(20, s0t, b0w, b0t);
  f.int(21, s0w, b0w);
  f.int(22, s0t, b0t);
  f.int(23, b0t, b1t);
  f.int3(24, b0t, b1t, b2t);
  f.int3(25, s0t, b0t, b1t);
  f.int3(26, s1t, s0t, b0t);
  f.int3(27, s2t, s1t, s0t);
  f.int(28, s1t, s0t);
  f.int(29, s1w, s0w);
  f.int(30, s1w, s0t);
  f.int(31, s1t, s0w);
  f.int(32, s0w, d);
  f.int(33, s0t, d);
  f.int(34, b0w, d);
  f.int(35, b0t, d);
  f.int3(36, s0t, b0t, d);
  f.int3(37, s1t, s0t, d2);
  f.int3(65, s1w, s0t, d2);
  if (s0 >= 0) {
    f.int(38, s0w, st.nr[s0] as number);
    f.int(39, s0t, st.nr[s0] as number);
    f.int(40, s0w, st.nl[s0] as number);
    f.int(41, s0t, st.nl[s0] as number);
  }
  if (b0 >= 0) {
    f.int(42, b0w, st.nl[b0] as number);
    f.int(43, b0t, st.nl[b0] as number);
  }
  if (s1 >= 0) f.int(44, s1t, st.nr[s1] as number);
  f.int(45, T(s0lc));
  f.int(46, L(s0lc));
  f.int(47, T(s0rc));
  f.int(48, L(s0rc));
  f.int(49, L(s1rc));
  f.int(50, L(s1lc));
  f.int(51, T(b0lc));
  f.int(52, L(b0lc));
  f.int3(53, s0t, L(s0lc), L(s0rc));
  f.int(54, s0t, s0m);
  f.int(55, s0w, s0m);
  f.int(56, b0t, b0m);
  f.int(57, b0w, b0m);
  f.int(58, s1t, s1m);
  f.int3(59, s0t, b0t, T(s0lc));
  f.int3(60, s0t, b0t, T(b0lc));
  f.int3(61, s0t, T(s0rc), b0t);
  f.int3(66, s1t, s1m, s0t);
  f.int3(67, s1w, s0w, s0t);
  if (x.classes) {
    const C = (i: number): number => (i < 0 || i === n ? NONE : ((x.classes as Uint32Array)[i] as number));
    f.int(62, C(s0));
    f.int(63, C(b0));
    f.int(64, C(s0), C(b0));
  }
}

/** Best legal action under `scores`. */
function bestLegal(st: State, scores: Float32Array, rootLabel: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let a = 0; a < scores.length; a++) {
    const s = scores[a] as number;
    if (s > bestScore && st.legal(a, rootLabel)) {
      bestScore = s;
      best = a;
    }
  }
  return best;
}

/** Parses greedily with `model` (a trained model or a trainer). */
export function parseSentence(
  x: ParserSentence,
  model: Scorer,
  rootLabel: number,
  f: FeatureBuffer,
  scratch: Float32Array,
): ParseTree {
  const st = new State(x.words.length);
  while (!st.done) {
    stateFeatures(x, st, f);
    scratch.fill(0);
    model.score(f.keys, f.length, scratch);
    st.apply(bestLegal(st, scratch, rootLabel));
  }
  return { heads: st.heads, labels: st.labels };
}

/**
 * Cost of each action under the dynamic oracle of arc-hybrid (gold arcs it makes unreachable, a wrong label
 * counting one): `gold` heads use n for the root.
 */
function actionCosts(st: State, goldHead: Int32Array, goldLabel: Int32Array, out: Int32Array): void {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b < n ? st.b : -1;
  out.fill(-1);
  // Dependents of s0 still in the buffer; dependents of b0 on the stack; heads.
  let s0DepsInBuffer = 0;
  if (s0 >= 0 && s0 < n) for (let j = st.b; j < n; j++) if (goldHead[j] === s0) s0DepsInBuffer++;
  if (b0 >= 0) {
    let shift = 0;
    for (let k = 0; k < st.sp; k++) {
      const s = st.stack[k] as number;
      if (s < n && goldHead[s] === b0) shift++;
      if (s !== s0 && goldHead[b0] === s) shift++;
    }
    out[0] = shift;
  }
  if (s0 >= 0 && s0 < n) {
    const h = goldHead[s0] as number;
    const headLost = (alt: number): number => {
      if (h === alt) return 0;
      // The gold head is lost when it is s1 or anywhere in the buffer (beyond b0 for LEFT; in it for RIGHT).
      if (h === s1) return 1;
      if (h >= st.b && h < n) return 1;
      return 0;
    };
    const left = b0 >= 0 ? s0DepsInBuffer + headLost(b0) : -1;
    const right = s1 >= 0 ? s0DepsInBuffer + headLost(s1) : -1;
    for (let a = 1; a < out.length; a++) {
      const label = (a - 1) >> 1;
      const isLeft = (a & 1) === 1;
      const base = isLeft ? left : right;
      if (base < 0) continue;
      const correctHead = isLeft ? h === b0 : h === s1;
      out[a] = base + (correctHead && label !== goldLabel[s0] ? 1 : 0);
    }
  }
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  bits: number;
  /** Probability of following the model's own (wrong) choice while training, from epoch 2 (dynamic oracle). */
  explore: number;
  log?: (message: string) => void;
}

export interface ParserExample {
  x: ParserSentence;
  /** Gold heads (-1 root) and label indices. */
  heads: Int32Array;
  labels: Int32Array;
}

/** Trains the parser with the dynamic oracle (non-projective trees are learned as well as the costs allow). */
export function trainParser(
  examples: readonly ParserExample[],
  labels: number,
  rootLabel: number,
  options: ParserTraining,
): RowModel {
  const classes = actionCount(labels);
  const trainer = new RowPerceptronTrainer(classes, options.bits);
  const random = createRandom(options.seed);
  const f = new FeatureBuffer();
  const scratch = new Float32Array(classes);
  const costs = new Int32Array(classes);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const e of shuffleInPlace([...examples], random)) {
      const n = e.x.words.length;
      const goldHead = Int32Array.from(e.heads, (h) => (h < 0 ? n : h));
      const st = new State(n);
      while (!st.done) {
        stateFeatures(e.x, st, f);
        scratch.fill(0);
        trainer.score(f.keys, f.length, scratch);
        actionCosts(st, goldHead, e.labels, costs);
        let guess = -1;
        let gold = -1;
        let guessScore = -Infinity;
        let goldScore = -Infinity;
        let minCost = Infinity;
        for (let a = 0; a < classes; a++) {
          if (!st.legal(a, rootLabel)) continue;
          const c = costs[a] as number;
          if (c < 0) continue;
          if (c < minCost) minCost = c;
        }
        for (let a = 0; a < classes; a++) {
          if (!st.legal(a, rootLabel)) continue;
          const c = costs[a] as number;
          const s = scratch[a] as number;
          if (s > guessScore) {
            guessScore = s;
            guess = a;
          }
          if (c === minCost && s > goldScore) {
            goldScore = s;
            gold = a;
          }
        }
        if (gold < 0) gold = guess;
        trainer.learn(f.keys, f.length, gold, guess);
        trainer.tick();
        total++;
        if (costs[guess] === minCost) right++;
        const follow = costs[guess] === minCost || (epoch > 1 && random() < options.explore) ? guess : gold;
        st.apply(follow);
      }
    }
    options.log?.(`parser epoch ${epoch}: ${((100 * right) / total).toFixed(2)}% zero-cost actions`);
  }
  return trainer.finish();
}
