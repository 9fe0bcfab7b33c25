// 32-bit feature hashing without building strings: templates, whole strings, substrings and integers mix into one key.

/** Starts a feature key for template `id` (a small integer naming the feature kind). */
export function seedOf(id: number): number {
  return Math.imul(id + 0x9e3779b9, 0x85ebca6b) ^ 0x811c9dc5;
}

/** Mixes the UTF-16 units of `s[from..to)` into `h` (FNV-1a style, per code unit). */
export function mixRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // A separator so that ("ab","c") and ("a","bc") differ.
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/** Mixes a whole string into `h`. */
export function mixString(h: number, s: string): number {
  return mixRange(h, s, 0, s.length);
}

/** Mixes a 32-bit integer into `h`. */
export function mixInt(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** Final avalanche so that low bits (used as the bucket) depend on every input bit. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A string's hash for use as an integer feature value (hash once per token, combine many times). */
export function hashOf(s: string): number {
  return mixString(0x2545f491, s);
}

/** A reusable list of feature keys for one decision. */
export class FeatureBuffer {
  keys: Uint32Array;
  length = 0;
  constructor(capacity = 128) {
    this.keys = new Uint32Array(capacity);
  }
  clear(): void {
    this.length = 0;
  }
  /** Adds an already mixed key (finishes it). */
  add(h: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = finish(h);
  }
  /** Adds template `id` with one string value. */
  str(id: number, s: string): void {
    this.add(mixString(seedOf(id), s));
  }
  /** Adds template `id` with two string values. */
  str2(id: number, a: string, b: string): void {
    this.add(mixString(mixString(seedOf(id), a), b));
  }
  /** Adds template `id` with three string values. */
  str3(id: number, a: string, b: string, c: string): void {
    this.add(mixString(mixString(mixString(seedOf(id), a), b), c));
  }
  /** Adds template `id` with the suffix of `s` of length `n` (whole `s` when shorter, marked apart). */
  suffix(id: number, s: string, n: number): void {
    const from = s.length > n ? s.length - n : 0;
    this.add(mixInt(mixRange(seedOf(id), s, from, s.length), s.length > n ? 1 : 0));
  }
  /** Adds template `id` with string `a` and the suffix of `s` of length `n`. */
  suffixWith(id: number, a: string, s: string, n: number): void {
    const from = s.length > n ? s.length - n : 0;
    this.add(mixInt(mixRange(mixString(seedOf(id), a), s, from, s.length), s.length > n ? 1 : 0));
  }
  /** Adds template `id` with the prefix of `s` of length `n`. */
  prefix(id: number, s: string, n: number): void {
    const to = s.length > n ? n : s.length;
    this.add(mixInt(mixRange(seedOf(id), s, 0, to), s.length > n ? 1 : 0));
  }
  /** Adds template `id` with integer values. */
  int(id: number, a: number, b = 0): void {
    this.add(mixInt(mixInt(seedOf(id), a), b));
  }
  /** Adds template `id` with three integer values (e.g. pre-hashed words). */
  int3(id: number, a: number, b: number, c: number): void {
    this.add(mixInt(mixInt(mixInt(seedOf(id), a), b), c));
  }
  /** Copies the keys (for caching a decision's features across epochs). */
  snapshot(): Uint32Array {
    return this.keys.slice(0, this.length);
  }
}
