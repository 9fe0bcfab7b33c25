// Averaged perceptron for many classes scored among a few candidates: each (feature, class) pair hashes to one weight.
import { bytesOf, decodeDeltaVarint, encodeDeltaVarint, section } from './model-codec.ts';
import type { ModelFile } from './model-codec.ts';

function slot(key: number, cls: number, mask: number): number {
  let h = Math.imul(key ^ Math.imul(cls + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Scores candidates; weights are dequantised on load. */
export class PairModel {
  private readonly mask: number;
  constructor(
    readonly bits: number,
    private readonly table: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  score(keys: Uint32Array, n: number, cls: number): number {
    let s = 0;
    for (let i = 0; i < n; i++) s += this.table[slot(keys[i] as number, cls, this.mask)] as number;
    return s;
  }

  /** Best of `candidates` (first wins ties); -1 when there is none. */
  best(keys: Uint32Array, n: number, candidates: readonly number[]): number {
    let best = -1;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const s = this.score(keys, n, c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  toSections(prefix: string): { header: Record<string, number>; sections: Record<string, Uint8Array> } {
    const slots: number[] = [];
    let max = 0;
    for (let i = 0; i < this.table.length; i++) {
      const v = this.table[i] as number;
      if (v !== 0) {
        slots.push(i);
        max = Math.max(max, Math.abs(v));
      }
    }
    const scale = max / 32767 || 1;
    const q = new Int16Array(slots.length);
    slots.forEach((s, i) => (q[i] = Math.round((this.table[s] as number) / scale)));
    return {
      header: { bits: this.bits, count: slots.length, scale },
      sections: { [`${prefix}.slots`]: encodeDeltaVarint(slots), [`${prefix}.values`]: bytesOf(q) },
    };
  }

  static fromSections(
    file: ModelFile,
    prefix: string,
    header: { bits: number; count: number; scale: number },
  ): PairModel {
    const slots = decodeDeltaVarint(section(file, `${prefix}.slots`), header.count);
    const v = section(file, `${prefix}.values`);
    const q = new Int16Array(v.buffer, v.byteOffset, header.count);
    const table = new Float32Array(1 << header.bits);
    for (let i = 0; i < header.count; i++) table[slots[i] as number] = (q[i] as number) * header.scale;
    return new PairModel(header.bits, table);
  }
}

/** Learns a PairModel with lazy averaging. */
export class PairPerceptronTrainer {
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private clock = 1;

  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array(1 << bits);
    this.u = new Float64Array(1 << bits);
  }

  score(keys: Uint32Array, n: number, cls: number): number {
    let s = 0;
    for (let i = 0; i < n; i++) s += this.w[slot(keys[i] as number, cls, this.mask)] as number;
    return s;
  }

  best(keys: Uint32Array, n: number, candidates: readonly number[]): number {
    let best = -1;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const s = this.score(keys, n, c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  private update(keys: Uint32Array, n: number, cls: number, delta: number): void {
    const t = this.clock * delta;
    for (let i = 0; i < n; i++) {
      const j = slot(keys[i] as number, cls, this.mask);
      this.w[j] = (this.w[j] as number) + delta;
      this.u[j] = (this.u[j] as number) + t;
    }
  }

  /** Predicts among candidates, updates on a mistake, advances the clock; returns the guess. */
  train(keys: Uint32Array, n: number, gold: number, candidates: readonly number[]): number {
    const guess = this.best(keys, n, candidates);
    if (guess !== gold) {
      this.update(keys, n, gold, 1);
      if (guess >= 0) this.update(keys, n, guess, -1);
    }
    this.clock++;
    return guess;
  }

  finish(epsilon = 1e-3): PairModel {
    const table = new Float32Array(1 << this.bits);
    for (let j = 0; j < table.length; j++) {
      const v = (this.w[j] as number) - (this.u[j] as number) / this.clock;
      if (Math.abs(v) > epsilon) table[j] = v;
    }
    return new PairModel(this.bits, table);
  }
}
