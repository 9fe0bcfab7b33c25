// Scores of word-only feature groups, summed per position: a linear model's score splits over feature groups, so
// the groups that depend on one word form (the word itself, a neighbour at -1, +1, -2, +2) are scored once per form
// and reused, and only the features that combine several words or earlier decisions are looked up per position.
import { FeatureBuffer } from './feature-hash.ts';

/** Group order in a word's vector: the word itself, then as the neighbour at -1, +1, -2 and +2 of the position. */
export const GROUPS = 5;

/**
 * Fills `out` (n * classes) with the summed group scores of each position: `vectors[i]` holds word i's five group
 * vectors (GROUPS * classes); `start`/`end` hold those of the padding sentinels before and after the sentence.
 * With `only`, positions where it is 0 are left as they were.
 */
export function sumGroups(
  vectors: readonly Float32Array[],
  classes: number,
  start: Float32Array,
  end: Float32Array,
  out: Float32Array,
  only?: Uint8Array,
): Float32Array {
  const n = vectors.length;
  const c = classes;
  for (let i = 0; i < n; i++) {
    if (only && !only[i]) continue;
    const o = i * c;
    const self = vectors[i] as Float32Array;
    const l1 = i >= 1 ? (vectors[i - 1] as Float32Array) : start;
    const r1 = i + 1 < n ? (vectors[i + 1] as Float32Array) : end;
    const l2 = i >= 2 ? (vectors[i - 2] as Float32Array) : start;
    const r2 = i + 2 < n ? (vectors[i + 2] as Float32Array) : end;
    for (let k = 0; k < c; k++) {
      out[o + k] =
        (self[k] as number) +
        (l1[c + k] as number) +
        (r1[2 * c + k] as number) +
        (l2[3 * c + k] as number) +
        (r2[4 * c + k] as number);
    }
  }
  return out;
}

/** A bounded memo from word form to what was computed for it (cleared whole when full: simple and allocation-free). */
export class FormCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit = 50_000) {}
  get(form: string): T | undefined {
    return this.map.get(form);
  }
  set(form: string, value: T): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(form, value);
  }
  get size(): number {
    return this.map.size;
  }
}

/** Anything that adds a feature list's scores into a row. */
interface RowScorer {
  readonly classes: number;
  score(keys: Uint32Array, n: number, out: Float32Array, offset?: number): void;
}

/**
 * Scores of feature groups that depend only on two small integers (e.g. previous tags), filled on first use:
 * `fill(f, group, a, b)` adds the group's features for values `a`, `b` in [-2, size - 2).
 */
export class PairTables {
  private readonly scores: Float32Array;
  private readonly filled: Uint8Array;
  private readonly f = new FeatureBuffer();
  private readonly span: number;

  constructor(
    private readonly model: RowScorer,
    groups: number,
    values: number,
    private readonly fill: (f: FeatureBuffer, group: number, a: number, b: number) => void,
  ) {
    this.span = values + 2;
    this.scores = new Float32Array(groups * this.span * this.span * model.classes);
    this.filled = new Uint8Array(groups * this.span * this.span);
  }

  /** Adds group `group`'s scores for (`a`, `b`) into `out` from `offset`. */
  add(group: number, a: number, b: number, out: Float32Array, offset = 0): void {
    const cell = (group * this.span + a + 2) * this.span + b + 2;
    const c = this.model.classes;
    const base = cell * c;
    if (!this.filled[cell]) {
      this.f.clear();
      this.fill(this.f, group, a, b);
      this.model.score(this.f.keys, this.f.length, this.scores, base);
      this.filled[cell] = 1;
    }
    for (let k = 0; k < c; k++)
      out[offset + k] = (out[offset + k] as number) + (this.scores[base + k] as number);
  }
}
