// Multiclass averaged perceptron over hashed features: each feature bucket owns a row of per-class weights.
import { bytesOf, decodeDeltaVarint, encodeDeltaVarint, section } from './model-codec.ts';
import type { ModelFile } from './model-codec.ts';

/**
 * Open-addressing table from bucket to row: probing reads (bucket, row) pairs only, so a bucket absent from the
 * model (most word-pair features are) costs one access; a hit reads its row, a Float32 scale followed by the Int8
 * weights in one record, with one more access. Sized to at least twice the rows, so that probes stay short.
 */
class InlineRows {
  /** Bytes per row record: the scale and the weights, padded to four bytes. */
  readonly stride: number;
  readonly slots: Int32Array;
  readonly scales: Float32Array;
  readonly weights: Int8Array;
  private readonly tableMask: number;
  private readonly shift: number;
  constructor(classes: number, buckets: Uint32Array, weights: Int8Array, scales: Float32Array) {
    let size = 16;
    while (size < buckets.length * 2) size *= 2;
    this.tableMask = size - 1;
    this.shift = 32 - Math.log2(size);
    this.stride = 4 + Math.ceil(classes / 4) * 4;
    this.slots = new Int32Array(2 * size).fill(-1);
    const buffer = new ArrayBuffer(buckets.length * this.stride);
    this.scales = new Float32Array(buffer);
    this.weights = new Int8Array(buffer);
    const words = this.stride / 4;
    buckets.forEach((b, row) => {
      let h = this.home(b);
      while ((this.slots[2 * h] as number) !== -1) h = (h + 1) & this.tableMask;
      this.slots[2 * h] = b;
      this.slots[2 * h + 1] = row;
      this.scales[row * words] = scales[row] as number;
      this.weights.set(weights.subarray(row * classes, (row + 1) * classes), row * this.stride + 4);
    });
  }
  private home(b: number): number {
    return Math.imul(b, 0x9e3779b1) >>> this.shift;
  }
  /** Row of bucket `b` (its record starts at row * stride bytes), or -1. */
  row(b: number): number {
    let h = this.home(b);
    for (;;) {
      const k = this.slots[2 * h] as number;
      if (k === b) return this.slots[2 * h + 1] as number;
      if (k === -1) return -1;
      h = (h + 1) & this.tableMask;
    }
  }
}

/** Trained, averaged and quantised weights (Int8 per row with a row scale: small enough to stay in cache). */
export class RowModel {
  private readonly mask: number;
  private readonly table: InlineRows;
  constructor(
    readonly classes: number,
    readonly bits: number,
    /** Buckets with weights, ascending; row r belongs to buckets[r]. */
    private readonly buckets: Uint32Array,
    private readonly weights: Int8Array,
    private readonly scales: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
    this.table = new InlineRows(classes, buckets, weights, scales);
  }

  /** Quantises float rows (`rows * classes`, in `buckets` order) to Int8 with one scale per row. */
  static quantise(classes: number, bits: number, buckets: Uint32Array, rows: Float32Array): RowModel {
    const n = rows.length / classes;
    const q = new Int8Array(rows.length);
    const scales = new Float32Array(n);
    for (let r = 0; r < n; r++) {
      let max = 0;
      for (let k = 0; k < classes; k++) max = Math.max(max, Math.abs(rows[r * classes + k] as number));
      const scale = max / 127 || 1;
      scales[r] = scale;
      for (let k = 0; k < classes; k++)
        q[r * classes + k] = Math.round((rows[r * classes + k] as number) / scale);
    }
    return new RowModel(classes, bits, buckets, q, scales);
  }

  /** Adds the weights of `keys[0..n)` to `out` (length `classes`, caller zeroes it). */
  score(keys: Uint32Array, n: number, out: Float32Array | Float64Array, offset = 0): void {
    const c = this.classes;
    const t = this.table;
    const w = t.weights;
    const stride = t.stride;
    const words = stride >> 2;
    for (let i = 0; i < n; i++) {
      const h = t.row((keys[i] as number) & this.mask);
      if (h < 0) continue;
      const scale = t.scales[h * words] as number;
      const base = h * stride + 4;
      for (let k = 0; k < c; k++)
        out[offset + k] = (out[offset + k] as number) + (w[base + k] as number) * scale;
    }
  }

  /** Like `score`, for the classes in `only` (the other entries of `out` are left as they are). */
  scoreOnly(keys: Uint32Array, n: number, out: Float32Array, only: readonly number[]): void {
    const t = this.table;
    const w = t.weights;
    const stride = t.stride;
    const words = stride >> 2;
    const m = only.length;
    for (let i = 0; i < n; i++) {
      const h = t.row((keys[i] as number) & this.mask);
      if (h < 0) continue;
      const scale = t.scales[h * words] as number;
      const base = h * stride + 4;
      for (let j = 0; j < m; j++) {
        const k = only[j] as number;
        out[k] = (out[k] as number) + (w[base + k] as number) * scale;
      }
    }
  }

  /** Best class among all (or among `allowed`, when given). */
  predict(keys: Uint32Array, n: number, scratch: Float32Array, allowed?: readonly number[]): number {
    scratch.fill(0);
    this.score(keys, n, scratch);
    return argmax(scratch, allowed);
  }

  get rows(): number {
    return this.scales.length;
  }

  /** Sections for `encodeModelFile`, named with `prefix`. */
  toSections(prefix: string): { header: Record<string, number>; sections: Record<string, Uint8Array> } {
    return {
      header: { classes: this.classes, bits: this.bits, rows: this.buckets.length },
      sections: {
        [`${prefix}.buckets`]: encodeDeltaVarint(this.buckets),
        [`${prefix}.scales`]: bytesOf(this.scales),
        [`${prefix}.weights`]: bytesOf(this.weights),
      },
    };
  }

  static fromSections(
    file: ModelFile,
    prefix: string,
    header: { classes: number; bits: number; rows: number },
  ): RowModel {
    const { classes: c, bits, rows } = header;
    const buckets = decodeDeltaVarint(section(file, `${prefix}.buckets`), rows);
    const s = section(file, `${prefix}.scales`);
    const w = section(file, `${prefix}.weights`);
    return new RowModel(
      c,
      bits,
      buckets,
      new Int8Array(w.buffer, w.byteOffset, rows * c),
      new Float32Array(s.buffer, s.byteOffset, rows),
    );
  }
}

export function argmax(scores: ArrayLike<number>, allowed?: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  if (allowed) {
    for (const k of allowed) {
      const s = scores[k] as number;
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    if (best >= 0) return best;
  }
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}

/** Learns a RowModel: dense hashed tables while training, lazy averaging via the summed-update trick. */
export class RowPerceptronTrainer {
  readonly mask: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly counts: Uint32Array;
  /** Number of decisions seen so far, starting at 1 (for averaging). */
  private clock = 1;

  constructor(
    readonly classes: number,
    readonly bits: number,
  ) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * classes);
    this.u = new Float64Array((1 << bits) * classes);
    this.counts = new Uint32Array(1 << bits);
  }

  /** Current (not averaged) scores, added into `out`. */
  score(keys: Uint32Array, n: number, out: Float32Array | Float64Array, offset = 0): void {
    const c = this.classes;
    for (let i = 0; i < n; i++) {
      const base = ((keys[i] as number) & this.mask) * c;
      for (let k = 0; k < c; k++)
        out[offset + k] = (out[offset + k] as number) + (this.w[base + k] as number);
    }
  }

  predict(keys: Uint32Array, n: number, scratch: Float32Array, allowed?: readonly number[]): number {
    scratch.fill(0);
    this.score(keys, n, scratch);
    return argmax(scratch, allowed);
  }

  /** Counts feature occurrences (call once per decision in the first epoch) for frequency pruning. */
  count(keys: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      const b = (keys[i] as number) & this.mask;
      if ((this.counts[b] as number) < 0xffffffff) this.counts[b] = (this.counts[b] as number) + 1;
    }
  }

  /** Adds `delta` to the weights of class `cls` for every feature. */
  update(keys: Uint32Array, n: number, cls: number, delta: number): void {
    const c = this.classes;
    const t = this.clock * delta;
    for (let i = 0; i < n; i++) {
      const j = ((keys[i] as number) & this.mask) * c + cls;
      this.w[j] = (this.w[j] as number) + delta;
      this.u[j] = (this.u[j] as number) + t;
    }
  }

  /** Standard perceptron step: reward gold, punish the wrong guess. */
  learn(keys: Uint32Array, n: number, gold: number, guess: number): void {
    if (gold !== guess) {
      this.update(keys, n, gold, 1);
      this.update(keys, n, guess, -1);
    }
  }

  /** Advances the averaging clock by one decision. */
  tick(): void {
    this.clock++;
  }

  /** Adds `scale` times the averaged weights into `out` (dense, `2^bits * classes`): to average several models. */
  addAveraged(out: Float32Array, scale = 1): void {
    for (let j = 0; j < this.w.length; j++) {
      const v = (this.w[j] as number) - (this.u[j] as number) / this.clock;
      if (v !== 0) out[j] = (out[j] as number) + scale * v;
    }
  }

  /** Averaged weights; drops features counted fewer than `minCount` times (0: keep all) and rows that average to ~0. */
  finish(minCount = 0, epsilon = 1e-3): RowModel {
    const c = this.classes;
    const keep: number[] = [];
    for (let b = 0; b <= this.mask; b++) {
      if ((this.counts[b] as number) < minCount) continue;
      let max = 0;
      for (let k = 0; k < c; k++) {
        const j = b * c + k;
        max = Math.max(max, Math.abs((this.w[j] as number) - (this.u[j] as number) / this.clock));
      }
      if (max > epsilon) keep.push(b);
    }
    const weights = new Float32Array(keep.length * c);
    keep.forEach((b, r) => {
      for (let k = 0; k < c; k++) {
        const j = b * c + k;
        weights[r * c + k] = (this.w[j] as number) - (this.u[j] as number) / this.clock;
      }
    });
    return RowModel.quantise(c, this.bits, Uint32Array.from(keep), weights);
  }
}

/** A model from dense weights (`2^bits * classes`, e.g. several trainers' `addAveraged`): rows that are ~0 dropped. */
export function rowModelFromDense(
  classes: number,
  bits: number,
  dense: Float32Array,
  epsilon = 1e-3,
): RowModel {
  const keep: number[] = [];
  for (let b = 0; b < 1 << bits; b++) {
    for (let k = 0; k < classes; k++) {
      if (Math.abs(dense[b * classes + k] as number) > epsilon) {
        keep.push(b);
        break;
      }
    }
  }
  const rows = new Float32Array(keep.length * classes);
  keep.forEach((b, r) => rows.set(dense.subarray(b * classes, (b + 1) * classes), r * classes));
  return RowModel.quantise(classes, bits, Uint32Array.from(keep), rows);
}
