// Greedy left-to-right UPOS tagger: averaged perceptron over word, affix, shape, context and ambiguity-class features.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { argmax } from '../../learn/averaged-perceptron.ts';
import { hashOf } from '../../learn/feature-hash.ts';
import { wordShape } from './word-shape.ts';

/** What the tagger knows besides weights: its tag set, sure tags of frequent words, tag sets seen per word. */
export interface UposLexicon {
  tags: string[];
  /** Lower-cased frequent, unambiguous words -> tag index. */
  sure: Record<string, number>;
  /** Lower-cased words -> ambiguity class (tags seen, `|`-joined). */
  ambiguity: Record<string, string>;
}

export interface Scorer {
  score(keys: Uint32Array, n: number, out: Float32Array, offset?: number): void;
}

/** Per-sentence values computed once and shared by every position (strings hashed once, combined as integers). */
export interface SentenceContext {
  words: string[];
  lower: string[];
  /** Hashes of the word, its lower case, shape and ambiguity class, padded with two sentinels on each side. */
  hw: Uint32Array;
  hl: Uint32Array;
  hs: Uint32Array;
  ha: Uint32Array;
  /** Hashes of the last two letters (padded likewise). */
  h2: Uint32Array;
  /** Tags that end the second pass's look-ahead for the next content word, and the VERB tag. */
  stops: ReadonlySet<number>;
  verb: number;
  /** 1 where the word is unknown or was seen with several tags: only these get the second pass. */
  ambiguous: Uint8Array;
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

const START = hashOf('<s>');
const END = hashOf('</s>');
const PAD = 2;

function padded(values: readonly string[], fn: (s: string) => string = (s) => s): Uint32Array {
  const out = new Uint32Array(values.length + 2 * PAD);
  out[0] = START;
  out[1] = START;
  values.forEach((v, i) => (out[i + PAD] = hashOf(fn(v))));
  out[values.length + PAD] = END;
  out[values.length + PAD + 1] = END;
  return out;
}

export function prepareSentence(words: readonly string[], lexicon: UposLexicon): SentenceContext {
  const lower = words.map((w) => w.toLowerCase());
  return {
    words: [...words],
    lower,
    hw: padded(words),
    hl: padded(lower),
    hs: padded(words, wordShape),
    ha: padded(lower, (l) => lexicon.ambiguity[l] ?? '?'),
    ambiguous: Uint8Array.from(lower, (l) => {
      const a = lexicon.ambiguity[l];
      return a === undefined || a.includes('|') ? 1 : 0;
    }),
    h2: padded(lower, (l) => l.slice(-2)),
    stops: stopsOf(lexicon),
    verb: lexicon.tags.indexOf('VERB'),
  };
}

/** Features of position `i` given the two previous tags (indices; -1 before the sentence). */
export function uposFeatures(
  ctx: SentenceContext,
  i: number,
  p1: number,
  p2: number,
  f: FeatureBuffer,
  right?: Int32Array,
): void {
  const { hw, hl, hs, ha } = ctx;
  const l = ctx.lower[i] as string;
  const k = i + PAD;
  const w0 = hl[k] as number;
  const m1 = hl[k - 1] as number;
  const n1 = hl[k + 1] as number;
  const a0 = ha[k] as number;
  const a1 = ha[k + 1] as number;
  f.clear();
  f.int(0, 0);
  f.int(1, hw[k] as number);
  f.int(2, w0);
  for (let n = 1; n <= 5; n++) f.suffix(2 + n, l, n);
  for (let n = 1; n <= 3; n++) f.prefix(7 + n, l, n);
  f.int(11, hs[k] as number);
  f.int(12, p1);
  f.int(13, p2);
  f.int(14, p1, p2);
  f.int(15, p1, w0);
  f.int(16, m1);
  f.int(17, n1);
  f.int(18, hl[k - 2] as number);
  f.int(19, hl[k + 2] as number);
  f.int(20, ctx.h2[k - 1] as number);
  f.int(21, ctx.h2[k + 1] as number);
  f.int(22, a0);
  f.int(23, a1);
  f.int(24, ha[k + 2] as number);
  f.int(25, w0, n1);
  f.int(26, m1, w0);
  f.int(27, i === 0 ? 1 : 0, hw[k] !== w0 ? 1 : 0);
  f.int(28, p1, a0);
  f.int(29, a0, a1);
  f.int(30, p1, a1);
  const hyphen = l.lastIndexOf('-');
  if (hyphen > 0 && hyphen < l.length - 1) f.suffix(31, l.slice(hyphen + 1), 4);
  f.int3(32, p1, a0, a1);
  f.suffix(33, l, 6);
  if (right) rightFeatures(ctx, i, p1, right, f);
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
  const at = (j: number): number => (j < right.length ? (right[j] as number) : -2);
  const r0 = at(i);
  const r1 = at(i + 1);
  const r2 = at(i + 2);
  f.int(40, r1);
  f.int(41, r2);
  f.int(42, r1, r2);
  f.int(43, w0, r1);
  f.int3(44, w0, r1, r2);
  f.int(45, at(i + 3));
  f.int(46, r0, r1);
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
  f.int(49, r0);
}

/** Tags one sentence greedily with `model` (the trained model, or the trainer while learning). */
export function tagSentence(
  ctx: SentenceContext,
  lexicon: UposLexicon,
  model: Scorer,
  f: FeatureBuffer,
  scratch: Float32Array,
  onDecision?: (i: number, guess: number) => void,
  right?: Int32Array,
): Int32Array {
  const out = new Int32Array(ctx.words.length);
  for (let i = 0; i < ctx.words.length; i++) {
    if (right && !ctx.ambiguous[i]) {
      // Words seen with one tag only: the first pass already settled them.
      out[i] = right[i] as number;
      continue;
    }
    const sure = lexicon.sure[ctx.lower[i] as string];
    if (sure !== undefined && !onDecision) {
      out[i] = sure;
      continue;
    }
    const p1 = i > 0 ? (out[i - 1] as number) : -1;
    const p2 = i > 1 ? (out[i - 2] as number) : -1;
    uposFeatures(ctx, i, p1, p2, f, right);
    scratch.fill(0);
    model.score(f.keys, f.length, scratch);
    const guess = argmax(scratch);
    out[i] = guess;
    onDecision?.(i, guess);
  }
  return out;
}

/** Builds the lexicon from training sentences: sure tags (freq >= 20, share >= 99%) and ambiguity classes. */
export function buildUposLexicon(sentences: readonly { words: string[]; upos: string[] }[]): UposLexicon {
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
  return { tags, sure, ambiguity };
}
