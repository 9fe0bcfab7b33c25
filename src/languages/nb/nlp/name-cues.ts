// Hashed name cues from outside lists (given and family names, places, villages, the spelling dictionary): what
// the recogniser knows about words it never saw in training. Only 32-bit hashes and cue bits ship in the model, no
// list text.
import { finish, hashOf } from '../../learn/feature-hash.ts';

/** Cue bits of a word (or of a several-word phrase, keyed by its space-joined tokens). */
export const CUE = {
  /** A given name in some locale's list. */
  GIVEN: 1,
  /** A family name in some locale's list. */
  FAMILY: 2,
  /** A Norwegian or Nordic settlement, municipality or county. */
  PLACE_NORDIC: 4,
  /** A settlement or region elsewhere. */
  PLACE: 8,
  /** A capitalised entry of the Bokmål dictionary (a proper noun of any kind). */
  PROPER: 16,
  /** Some several-word entry starts with this token sequence. */
  PREFIX: 32,
  /** A Norwegian postal place that is neither a municipality nor a listed town (a village: often LOC in NorNE). */
  VILLAGE: 64,
  /** An organisation in a typed proper-noun lexicon. */
  ORG: 128,
} as const;

/** Bits that say what a name may be (everything but PREFIX). */
export const NAME_CUES =
  CUE.GIVEN | CUE.FAMILY | CUE.PLACE_NORDIC | CUE.PLACE | CUE.PROPER | CUE.VILLAGE | CUE.ORG;

/** Key of a word or of space-joined words (never 0: 0 marks an empty slot). */
export function cueKey(text: string): number {
  return finish(hashOf(text)) || 1;
}

/** Open-addressing table from key to cue bits, built from sorted keys and their bits. */
export class NameCues {
  private readonly keys: Uint32Array;
  private readonly bits: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(keys: Uint32Array, bits: Uint8Array) {
    this.size = keys.length;
    let capacity = 1024;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Uint32Array(capacity);
    this.bits = new Uint8Array(capacity);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      let slot = k & this.mask;
      while (this.keys[slot] !== 0 && this.keys[slot] !== k) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.bits[slot] = (this.bits[slot] as number) | (bits[i] as number);
    }
  }

  /** Cue bits of a key (0 when absent). */
  get(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === key) return this.bits[slot] as number;
      if (k === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Cue bits of a word or space-joined phrase. */
  of(text: string): number {
    return this.get(cueKey(text));
  }

  static empty(): NameCues {
    return new NameCues(new Uint32Array(0), new Uint8Array(0));
  }
}

/** Text -> bits, as gathered at training time. */
export type CueEntries = Map<string, number>;

export function addCue(entries: CueEntries, text: string, bits: number): void {
  entries.set(text, (entries.get(text) ?? 0) | bits);
}

/** Hashes entries into sorted keys and their bits (colliding texts merge their bits). */
export function hashCues(entries: CueEntries): { keys: Uint32Array; bits: Uint8Array } {
  const merged = new Map<number, number>();
  for (const [text, bits] of entries) {
    const k = cueKey(text);
    merged.set(k, (merged.get(k) ?? 0) | bits);
  }
  const keys = Uint32Array.from(merged.keys()).sort();
  const bits = Uint8Array.from(keys, (k) => merged.get(k) as number);
  return { keys, bits };
}
