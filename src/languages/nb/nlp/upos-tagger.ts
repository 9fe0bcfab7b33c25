// Greedy left-to-right UPOS tagger: averaged perceptron over word, affix, shape, context, ambiguity-class and
// dictionary-class features.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import type { PairTables } from '../../learn/group-scores.ts';
import { argmax } from '../../learn/averaged-perceptron.ts';
import { hashOf, mixRange } from '../../learn/feature-hash.ts';
import { wordShape } from './word-shape.ts';
import type { FormClasses } from './full-form-lexicon.ts';

/** What the tagger knows besides weights: its tag set, sure tags of frequent words, tag sets seen per word. */
export interface UposLexicon {
  tags: string[];
  /** Lower-cased frequent, unambiguous words -> tag index. */
  sure: Record<string, number>;
  /** Lower-cased words -> ambiguity class (tags seen, `|`-joined). */
  ambiguity: Record<string, string>;
  /** Dictionary forms and their inflection classes (not in the JSON lexicon: a section of its own). */
  forms?: FormClasses;
  /** Forms and the universal POS tags the Bokmål analyser gives them (`apertium.ts`; a section of its own). */
  analyses?: FormClasses;
}

export interface Scorer {
  score(keys: Uint32Array, n: number, out: Float32Array, offset?: number): void;
}

/** Per-sentence values computed once and shared by every position (strings hashed once, combined as integers). */
export interface SentenceContext {
  words: readonly string[];
  lower: string[];
  /** Hashes of the word, its lower case, shape and ambiguity class, padded with two sentinels on each side. */
  hw: Uint32Array;
  hl: Uint32Array;
  hs: Uint32Array;
  ha: Uint32Array;
  /** Hashes of the dictionary classes (fine, coarse). */
  hd: Uint32Array;
  hc: Uint32Array;
  hh: Uint32Array;
  /** Hashes of the last two letters (padded likewise). */
  h2: Uint32Array;
  /** Tags that end the second pass's look-ahead for the next content word, and the VERB tag. */
  stops: ReadonlySet<number>;
  verb: number;
  /** Tags that end a clause for the look-ahead for a verb (PUNCT, SCONJ, CCONJ), and the AUX tag. */
  clauseEnds: ReadonlySet<number>;
  aux: number;
  /** 1 where the word is unknown or was seen with several tags: only these get the second pass. */
  ambiguous: Uint8Array;
  /** The sure tag of each word, or -1. */
  sure: Int32Array;
}

const STOP_TAGS = ['VERB', 'AUX', 'ADJ', 'NOUN', 'PROPN', 'PUNCT', 'SCONJ'];
const stopCache = new WeakMap<UposLexicon, ReadonlySet<number>>();

function stopsOf(lexicon: UposLexicon): ReadonlySet<number> {
  let stops = stopCache.get(lexicon);
  if (!stops) {
    stops = new Set(STOP_TAGS.map((t) => lexicon.tags.indexOf(t)).filter((i) => i >= 0));
    stopCache.set(lexicon, stops);
  }
  return stops;
}

export const START = hashOf('<s>');
export const END = hashOf('</s>');
const PAD = 2;

/** What the context needs of one word form (hashes computed once; the pipeline caches these per form). */
export interface UposWord {
  lower: string;
  hw: number;
  hl: number;
  hs: number;
  ha: number;
  h2: number;
  /** Hashes of the dictionary's fine and coarse inflection class of the word (see `FormClasses.classOf`). */
  hd: number;
  hc: number;
  /** Hash of the ambiguity class of an unknown word's longest known ending (its compound head), or of none. */
  hh: number;
  /** 1 when the word is unknown or was seen with several tags. */
  ambiguous: number;
  /** Tag of a frequent word seen with one tag only (the model is skipped), or -1. */
  sure: number;
}

/**
 * The ambiguity class of a lower-cased word: the tags training saw for it (`ADJ|VERB`); for a word training saw fewer
 * than twice, the tags the analyser gives it (`@ADJ|VERB`), else its dictionary class (`?Ote`).
 */
export function ambiguityClass(lower: string, lexicon: UposLexicon, dictionaryClass: string): string {
  const seen = lexicon.ambiguity[lower];
  if (seen !== undefined) return seen;
  const id = lexicon.analyses?.find(lower) ?? -1;
  return id >= 0 ? `@${lexicon.analyses?.classes[id] as string}` : `?${dictionaryClass}`;
}

export function uposWord(word: string, lexicon: UposLexicon): UposWord {
  const lower = word.toLowerCase();
  const a = lexicon.ambiguity[lower];
  const d = lexicon.forms?.classOf(lower) ?? { fine: '', coarse: '' };
  return {
    lower,
    hw: hashOf(word),
    hl: hashOf(lower),
    hs: hashOf(wordShape(word)),
    ha: hashOf(ambiguityClass(lower, lexicon, d.coarse)),
    h2: hashOf(lower.slice(-2)),
    hd: hashOf(d.fine),
    hc: hashOf(d.coarse),
    hh: a === undefined ? hashOf(headClass(lower, lexicon)) : 0,
    ambiguous: a === undefined || a.includes('|') ? 1 : 0,
    sure: lexicon.sure[lower] ?? -1,
  };
}

/** The ambiguity class of the longest ending of four letters or more that training saw (a compound's head). */
function headClass(lower: string, lexicon: UposLexicon): string {
  for (let j = 1; j + 4 <= lower.length; j++) {
    const a = lexicon.ambiguity[lower.slice(j)];
    if (typeof a === 'string') return a;
  }
  return '';
}

/** The sentence context from per-word entries (`uposWord` of each word, e.g. from a cache). */
export function contextOfWords(
  words: readonly string[],
  entries: readonly UposWord[],
  lexicon: UposLexicon,
): SentenceContext {
  const n = entries.length;
  const lower = new Array<string>(n);
  const size = n + 2 * PAD;
  const hw = new Uint32Array(size);
  const hl = new Uint32Array(size);
  const hs = new Uint32Array(size);
  const ha = new Uint32Array(size);
  const hd = new Uint32Array(size);
  const hc = new Uint32Array(size);
  const hh = new Uint32Array(size);
  const h2 = new Uint32Array(size);
  const ambiguous = new Uint8Array(n);
  const sure = new Int32Array(n);
  for (const a of [hw, hl, hs, ha, h2, hd, hc]) {
    a[0] = START;
    a[1] = START;
    a[n + PAD] = END;
    a[n + PAD + 1] = END;
  }
  for (let i = 0; i < n; i++) {
    const e = entries[i] as UposWord;
    const k = i + PAD;
    lower[i] = e.lower;
    hw[k] = e.hw;
    hl[k] = e.hl;
    hs[k] = e.hs;
    ha[k] = e.ha;
    h2[k] = e.h2;
    hd[k] = e.hd;
    hc[k] = e.hc;
    hh[k] = e.hh;
    ambiguous[i] = e.ambiguous;
    sure[i] = e.sure;
  }
  return {
    words,
    lower,
    hw,
    hl,
    hs,
    ha,
    h2,
    hd,
    hc,
    hh,
    ambiguous,
    sure,
    stops: stopsOf(lexicon),
    verb: verbOf(lexicon),
    clauseEnds: clauseEndsOf(lexicon),
    aux: lexicon.tags.indexOf('AUX'),
  };
}

const clauseCache = new WeakMap<UposLexicon, ReadonlySet<number>>();

function clauseEndsOf(lexicon: UposLexicon): ReadonlySet<number> {
  let ends = clauseCache.get(lexicon);
  if (!ends) {
    ends = new Set(['PUNCT', 'SCONJ', 'CCONJ'].map((t) => lexicon.tags.indexOf(t)).filter((i) => i >= 0));
    clauseCache.set(lexicon, ends);
  }
  return ends;
}

const verbCache = new WeakMap<UposLexicon, number>();

function verbOf(lexicon: UposLexicon): number {
  let v = verbCache.get(lexicon);
  if (v === undefined) verbCache.set(lexicon, (v = lexicon.tags.indexOf('VERB')));
  return v;
}

export function prepareSentence(words: readonly string[], lexicon: UposLexicon): SentenceContext {
  return contextOfWords(
    words,
    words.map((w) => uposWord(w, lexicon)),
    lexicon,
  );
}

/**
 * Features of position `i` split by what they depend on, so that inference can score the word-only groups once
 * per word form (see `WordVectors`): the word itself, its neighbours at -1, +1, -2 and +2 (padding sentinels at
 * the edges), and the rest (previous tags, word pairs, sentence position), which is computed per position.
 */
export const UPOS_GROUPS = 5;

/** Group 0: the word itself. */
export function uposSelfFeatures(
  f: FeatureBuffer,
  l: string,
  hw: number,
  hl: number,
  hs: number,
  ha: number,
  hd: number,
  hc: number,
  hh: number,
): void {
  f.int(0, 0);
  if (hh !== 0) f.int(61, hh);
  f.int(50, hd);
  f.int(51, hc);
  // The dictionary class with the shape (a capitalised word outside the dictionary is a name) and the ending.
  f.int(59, hc, hs);
  f.int(60, hc, mixRange(0, l, Math.max(0, l.length - 3), l.length));
  f.int(1, hw);
  f.int(2, hl);
  for (let n = 1; n <= 5; n++) f.suffix(2 + n, l, n);
  for (let n = 1; n <= 3; n++) f.prefix(7 + n, l, n);
  f.int(11, hs);
  f.int(22, ha);
  const hyphen = l.lastIndexOf('-');
  if (hyphen > 0 && hyphen < l.length - 1) f.suffix(31, l.slice(hyphen + 1), 4);
  f.suffix(33, l, 6);
}

/** Groups 1-4: a neighbour at -1, +1, -2, +2 (`hl`, `h2`, `ha` of that word, or the padding sentinel). */
export function uposNeighbourFeatures(
  f: FeatureBuffer,
  group: number,
  hl: number,
  h2: number,
  ha: number,
  hc: number,
): void {
  if (group === 1) {
    f.int(16, hl);
    f.int(20, h2);
    f.int(52, hc);
  } else if (group === 2) {
    f.int(17, hl);
    f.int(21, h2);
    f.int(23, ha);
    f.int(53, hc);
  } else if (group === 3) f.int(18, hl);
  else {
    f.int(19, hl);
    f.int(24, ha);
  }
}

/**
 * Feature groups over two small integers (tags, flags), scored once per value pair at inference (`PairTables`):
 * 0 the two previous tags, 1 sentence start and capitalisation, and in the second pass the first pass's tags:
 * 2 at +1 and +2, 3 at 0 and +1, 4 at +3.
 */
export const UPOS_TAG_GROUPS = 5;

export function uposTagFeatures(f: FeatureBuffer, group: number, a: number, b: number): void {
  if (group === 0) {
    f.int(12, a);
    f.int(13, b);
    f.int(14, a, b);
  } else if (group === 1) f.int(27, a, b);
  else if (group === 2) {
    f.int(40, a);
    f.int(41, b);
    f.int(42, a, b);
  } else if (group === 3) {
    f.int(46, a, b);
    f.int(49, a);
  } else f.int(45, a);
}

/** Features that combine the word with previous tags or neighbours (added to `f` without clearing it). */
export function uposDynamicFeatures(
  ctx: SentenceContext,
  i: number,
  p1: number,
  f: FeatureBuffer,
  right?: Int32Array,
): void {
  const { hl, ha } = ctx;
  const k = i + PAD;
  const w0 = hl[k] as number;
  const m1 = hl[k - 1] as number;
  const n1 = hl[k + 1] as number;
  const a0 = ha[k] as number;
  const a1 = ha[k + 1] as number;
  f.int(15, p1, w0);
  f.int(25, w0, n1);
  f.int(26, m1, w0);
  f.int(28, p1, a0);
  f.int(29, a0, a1);
  f.int(30, p1, a1);
  f.int3(32, p1, a0, a1);
  if (right) rightFeatures(ctx, i, p1, right, f);
}

/** The value pairs of the tag groups at position `i` (`out` gets [a, b] per group; groups 2-4 only with `right`). */
function tagPairs(
  ctx: SentenceContext,
  i: number,
  p1: number,
  p2: number,
  right: Int32Array | undefined,
  out: Int32Array,
): number {
  const k = i + PAD;
  out[0] = p1;
  out[1] = p2;
  out[2] = i === 0 ? 1 : 0;
  out[3] = ctx.hw[k] !== ctx.hl[k] ? 1 : 0;
  if (!right) return 2;
  const n = right.length;
  const r1 = i + 1 < n ? (right[i + 1] as number) : -2;
  out[4] = r1;
  out[5] = i + 2 < n ? (right[i + 2] as number) : -2;
  out[6] = i < n ? (right[i] as number) : -2;
  out[7] = r1;
  out[8] = i + 3 < n ? (right[i + 3] as number) : -2;
  out[9] = 0;
  return 5;
}

const pairScratch = new Int32Array(2 * UPOS_TAG_GROUPS);
const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/** Every feature of position `i` given the two previous tags (indices; -1 before the sentence). */
export function uposFeatures(
  ctx: SentenceContext,
  i: number,
  p1: number,
  p2: number,
  f: FeatureBuffer,
  right?: Int32Array,
): void {
  const { hl, h2, ha } = ctx;
  const k = i + PAD;
  f.clear();
  uposSelfFeatures(
    f,
    ctx.lower[i] as string,
    ctx.hw[k] as number,
    hl[k] as number,
    ctx.hs[k] as number,
    ha[k] as number,
    ctx.hd[k] as number,
    ctx.hc[k] as number,
    ctx.hh[k] as number,
  );
  // Groups 1-4: the words at -1, +1, -2, +2.
  for (let g = 0; g < NEIGHBOUR_OFFSETS.length; g++) {
    const n = k + (NEIGHBOUR_OFFSETS[g] as number);
    uposNeighbourFeatures(f, g + 1, hl[n] as number, h2[n] as number, ha[n] as number, ctx.hc[n] as number);
  }
  const groups = tagPairs(ctx, i, p1, p2, right, pairScratch);
  for (let g = 0; g < groups; g++)
    uposTagFeatures(f, g, pairScratch[2 * g] as number, pairScratch[2 * g + 1] as number);
  uposDynamicFeatures(ctx, i, p1, f, right);
}

/** Second-pass features: the first pass's tags to the right (stacking), which settle AUX/VERB and ADP/SCONJ. */
function rightFeatures(
  ctx: SentenceContext,
  i: number,
  p1: number,
  right: Int32Array,
  f: FeatureBuffer,
): void {
  const w0 = ctx.hl[i + PAD] as number;
  const n = right.length;
  const r0 = i < n ? (right[i] as number) : -2;
  const r1 = i + 1 < n ? (right[i + 1] as number) : -2;
  const r2 = i + 2 < n ? (right[i + 2] as number) : -2;
  f.int(43, w0, r1);
  f.int3(44, w0, r1, r2);
  f.int3(47, p1, r0, r1);
  // The next content word within six tokens (its tag, and for verbs its ending): copula versus auxiliary.
  let next = -2;
  let ending = 0;
  for (let j = i + 1; j < right.length && j <= i + 6; j++) {
    const t = right[j] as number;
    if (ctx.stops.has(t)) {
      next = t;
      if (t === ctx.verb) ending = ctx.h2[j + PAD] as number;
      break;
    }
  }
  f.int3(48, w0, next, ending);
  // The first verb up to the clause's end (punctuation, conjunction): a participle after `har`, `er`, `blir`.
  let verb = -2;
  let verbEnding = 0;
  for (let j = i + 1; j < right.length && j <= i + 10; j++) {
    const t = right[j] as number;
    if (ctx.clauseEnds.has(t)) break;
    if (t === ctx.verb || t === ctx.aux) {
      verb = t;
      verbEnding = ctx.h2[j + PAD] as number;
      break;
    }
  }
  f.int3(58, w0, verb, verbEnding);
}

/**
 * Tags one sentence greedily with `model` (the trained model, or the trainer while learning). `fixed`, when given,
 * holds each position's summed word-only group scores (n * tags), and only the other features are scored here.
 */
export function tagSentence(
  ctx: SentenceContext,
  lexicon: UposLexicon,
  model: Scorer,
  f: FeatureBuffer,
  scratch: Float32Array,
  onDecision?: (i: number, guess: number) => void,
  right?: Int32Array,
  fast?: { fixed: Float32Array; tables: PairTables },
): Int32Array {
  const c = scratch.length;
  const out = new Int32Array(ctx.words.length);
  for (let i = 0; i < ctx.words.length; i++) {
    if (right && !ctx.ambiguous[i]) {
      // Words seen with one tag only: the first pass already settled them.
      out[i] = right[i] as number;
      continue;
    }
    const sure = ctx.sure[i] as number;
    if (sure >= 0 && !onDecision) {
      out[i] = sure;
      continue;
    }
    const p1 = i > 0 ? (out[i - 1] as number) : -1;
    const p2 = i > 1 ? (out[i - 2] as number) : -1;
    if (fast) {
      // Word-only groups were scored once per word form (`sumGroups`), tag groups once per value pair: only the
      // features that combine the word with tags or neighbours are looked up here.
      const { fixed, tables } = fast;
      for (let k = 0, o = i * c; k < c; k++) scratch[k] = fixed[o + k] as number;
      const groups = tagPairs(ctx, i, p1, p2, right, pairScratch);
      for (let g = 0; g < groups; g++)
        tables.add(g, pairScratch[2 * g] as number, pairScratch[2 * g + 1] as number, scratch);
      f.clear();
      uposDynamicFeatures(ctx, i, p1, f, right);
    } else {
      uposFeatures(ctx, i, p1, p2, f, right);
      scratch.fill(0);
    }
    model.score(f.keys, f.length, scratch);
    const guess = argmax(scratch);
    out[i] = guess;
    onDecision?.(i, guess);
  }
  return out;
}

/** Builds the lexicon from training sentences: sure tags (freq >= 20, share >= 99%) and ambiguity classes. */
export function buildUposLexicon(
  sentences: readonly { words: string[]; upos: string[] }[],
  forms?: FormClasses,
  analyses?: FormClasses,
): UposLexicon {
  const tagSet = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const t = s.upos[i] as string;
      tagSet.add(t);
      const l = w.toLowerCase();
      let m = counts.get(l);
      if (!m) counts.set(l, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const tags = [...tagSet].sort();
  const sure: Record<string, number> = {};
  const ambiguity: Record<string, string> = {};
  for (const [l, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    let top = '';
    let topCount = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > topCount) {
        top = t;
        topCount = c;
      }
    }
    if (total >= 20 && topCount / total >= 0.99) sure[l] = tags.indexOf(top);
    if (total >= 2) {
      ambiguity[l] = [...m]
        .filter(([, c]) => c / total >= 0.01)
        .map(([t]) => t)
        .sort()
        .join('|');
    }
  }
  return { tags, sure, ambiguity, ...(forms ? { forms } : {}), ...(analyses ? { analyses } : {}) };
}
