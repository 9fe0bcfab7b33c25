// Structured (first-order) averaged perceptron with Viterbi decoding, for BIO sequence labelling.
import { RowModel, RowPerceptronTrainer } from './averaged-perceptron.ts';

/** Anything that scores a token's features into a label row: the trainer while learning, the model afterwards. */
interface Scorer {
  score(keys: Uint32Array, n: number, out: Float32Array, offset: number): void;
}

/**
 * Viterbi over `n` tokens with `labels` labels: emissions [n*labels], transitions [(labels+1)*labels]
 * (the last row is the start state), `allowed[prev*labels+cur]` false forbids a transition (row `labels`: start;
 * an optional row `labels + 1` says which labels may end a sentence).
 */
export function viterbi(
  n: number,
  labels: number,
  emissions: Float32Array,
  transitions: Float32Array,
  allowed: Uint8Array,
): Int32Array {
  const L = labels;
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float32Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = allowed[L * L + y] ? (emissions[y] as number) + (transitions[L * L + y] as number) : -Infinity;
  }
  const { offsets, prevs } = predecessors(allowed, L);
  for (let i = 1; i < n; i++) {
    const row = (i - 1) * L;
    const here = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const to = offsets[y + 1] as number;
      for (let j = offsets[y] as number; j < to; j++) {
        const p = prevs[j] as number;
        const s = (score[row + p] as number) + (transitions[p * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[here + y] = best + (emissions[here + y] as number);
      back[here + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const hasEnd = allowed.length >= (L + 2) * L;
  for (let y = 0; y < L; y++) {
    if (hasEnd && !allowed[(L + 1) * L + y]) continue;
    if ((score[(n - 1) * L + y] as number) > best) {
      best = score[(n - 1) * L + y] as number;
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + (path[i] as number)] as number;
  return path;
}

interface Predecessors {
  /** Label y's allowed predecessors are prevs[offsets[y]..offsets[y+1]). */
  offsets: Int32Array;
  prevs: Int32Array;
}

const predecessorCache = new WeakMap<Uint8Array, Predecessors>();

/** For each label, the labels allowed before it (cached per table). */
function predecessors(allowed: Uint8Array, L: number): Predecessors {
  let lists = predecessorCache.get(allowed);
  if (!lists) {
    const offsets = new Int32Array(L + 1);
    const prevs: number[] = [];
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) if (allowed[p * L + y]) prevs.push(p);
      offsets[y + 1] = prevs.length;
    }
    lists = { offsets, prevs: Int32Array.from(prevs) };
    predecessorCache.set(allowed, lists);
  }
  return lists;
}

/** Fills emissions for a sentence whose token features are `feats[i]`. */
export function emissionsOf(scorer: Scorer, feats: readonly Uint32Array[], labels: number): Float32Array {
  const e = new Float32Array(feats.length * labels);
  feats.forEach((f, i) => scorer.score(f, f.length, e, i * labels));
  return e;
}

/** Trains emissions (a RowPerceptronTrainer) and transitions together, averaging both. */
export class SequencePerceptronTrainer {
  readonly emission: RowPerceptronTrainer;
  private readonly tw: Float32Array;
  private readonly tu: Float64Array;
  private clock = 1;

  constructor(
    readonly labels: number,
    bits: number,
    readonly allowed: Uint8Array,
  ) {
    this.emission = new RowPerceptronTrainer(labels, bits);
    this.tw = new Float32Array((labels + 1) * labels);
    this.tu = new Float64Array((labels + 1) * labels);
  }

  decode(feats: readonly Uint32Array[]): Int32Array {
    return viterbi(
      feats.length,
      this.labels,
      emissionsOf(this.emission, feats, this.labels),
      this.tw,
      this.allowed,
    );
  }

  private bumpTransition(prev: number, cur: number, delta: number): void {
    const j = prev * this.labels + cur;
    this.tw[j] = (this.tw[j] as number) + delta;
    this.tu[j] = (this.tu[j] as number) + delta * this.clock;
  }

  /** Decodes one sentence and updates where the guess differs from gold; returns the guess. */
  train(feats: readonly Uint32Array[], gold: ArrayLike<number>): Int32Array {
    const guess = this.decode(feats);
    const L = this.labels;
    for (let i = 0; i < feats.length; i++) {
      const g = gold[i] as number;
      const p = guess[i] as number;
      const gPrev = i === 0 ? L : (gold[i - 1] as number);
      const pPrev = i === 0 ? L : (guess[i - 1] as number);
      const f = feats[i] as Uint32Array;
      if (g !== p) {
        this.emission.update(f, f.length, g, 1);
        this.emission.update(f, f.length, p, -1);
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTransition(gPrev, g, 1);
        this.bumpTransition(pPrev, p, -1);
      }
    }
    this.emission.tick();
    this.clock++;
    return guess;
  }

  /** Adds `scale` times the averaged emission and transition weights into dense sums (to average several models). */
  addAveraged(emissions: Float32Array, transitions: Float32Array, scale = 1): void {
    this.emission.addAveraged(emissions, scale);
    for (let j = 0; j < transitions.length; j++)
      transitions[j] =
        (transitions[j] as number) + scale * ((this.tw[j] as number) - (this.tu[j] as number) / this.clock);
  }

  finish(minCount = 0): SequenceModel {
    const t = new Float32Array(this.tw.length);
    for (let j = 0; j < t.length; j++) t[j] = (this.tw[j] as number) - (this.tu[j] as number) / this.clock;
    return new SequenceModel(this.emission.finish(minCount), t, this.allowed);
  }
}

export class SequenceModel {
  constructor(
    readonly emission: RowModel,
    readonly transitions: Float32Array,
    readonly allowed: Uint8Array,
  ) {}

  get labels(): number {
    return this.emission.classes;
  }

  /** Emission scores for a sentence, which callers may adjust (e.g. document consistency) before decoding. */
  emissions(feats: readonly Uint32Array[]): Float32Array {
    return emissionsOf(this.emission, feats, this.labels);
  }

  decode(feats: readonly Uint32Array[], emissions = this.emissions(feats)): Int32Array {
    return viterbi(feats.length, this.labels, emissions, this.transitions, this.allowed);
  }
}

/**
 * Allowed transitions for BIO or BILOU labels (BILOU when any label starts with `L-` or `U-`):
 * `I-X`/`L-X` only continue `B-X`/`I-X`; under BILOU an open `B-`/`I-` must continue and may not end the sentence.
 */
export function spanAllowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const bilou = labels.some((l) => l.startsWith('L-') || l.startsWith('U-'));
  const a = new Uint8Array((L + 2) * L);
  const open = (l: string): boolean => l.startsWith('B-') || l.startsWith('I-');
  for (let p = 0; p <= L; p++) {
    const prev = p < L ? (labels[p] as string) : 'O';
    for (let y = 0; y < L; y++) {
      const cur = labels[y] as string;
      const continues = cur.startsWith('I-') || cur.startsWith('L-');
      let ok: boolean;
      if (continues) ok = open(prev) && prev.slice(2) === cur.slice(2);
      else ok = !(bilou && open(prev));
      a[p * L + y] = ok ? 1 : 0;
    }
  }
  for (let y = 0; y < L; y++) a[(L + 1) * L + y] = bilou && open(labels[y] as string) ? 0 : 1;
  return a;
}

/** BIO -> BILOU (`B-X` alone becomes `U-X`, the last `I-X` of a span `L-X`). */
export function toBilou(bio: readonly string[]): string[] {
  return bio.map((label, i) => {
    const next = bio[i + 1] ?? 'O';
    const continues = next === `I-${label.slice(2)}`;
    if (label.startsWith('B-')) return continues ? label : `U-${label.slice(2)}`;
    if (label.startsWith('I-')) return continues ? label : `L-${label.slice(2)}`;
    return label;
  });
}

/** BILOU -> BIO. */
export function toBio(labels: readonly string[]): string[] {
  return labels.map((l) =>
    l.startsWith('U-') ? `B-${l.slice(2)}` : l.startsWith('L-') ? `I-${l.slice(2)}` : l,
  );
}
