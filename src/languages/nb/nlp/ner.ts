// Named-entity recognition: BIO labels from a first-order structured perceptron over word, shape, tag and name-list features.
import { FeatureBuffer, hashOf } from '../../learn/feature-hash.ts';
import { wordShape, isAllCaps, isCapitalised } from './word-shape.ts';
import { Gazetteer } from './gazetteer.ts';
import type { GazetteerEntries } from './gazetteer.ts';
import { CUE, NAME_CUES, NameCues, cueKey } from './name-cues.ts';

/** What the recogniser knows besides weights: name lists (whole names, single name tokens) and common words. */
export interface NerLists {
  /** Whole entity strings from training plus country names. */
  entries: GazetteerEntries;
  /** Single tokens that occurred inside training entities, with their types. */
  tokens: GazetteerEntries;
  /** Words seen in lower case in training (evidence that a capitalised form is an ordinary word). */
  common: string[];
  /** Hashed cues from outside name lists (`name-cues.ts`); kept out of the JSON, in binary sections of the file. */
  cues?: { keys: Uint32Array; bits: Uint8Array };
}

export class NerLexicon {
  readonly names: Gazetteer;
  readonly tokens: Gazetteer;
  readonly common: ReadonlySet<string>;
  readonly cues: NameCues;
  constructor(readonly lists: NerLists) {
    this.names = new Gazetteer(lists.entries);
    this.tokens = new Gazetteer(lists.tokens);
    this.common = new Set(lists.common);
    this.cues = lists.cues ? new NameCues(lists.cues.keys, lists.cues.bits) : NameCues.empty();
  }
}

/** Training-time exclusions: the current document's own names, so that lists do not give away the answer. */
export interface NerExclusions {
  entries: GazetteerEntries;
  tokens: GazetteerEntries;
  /** Drops a token's outside-list cues when it returns true (so the model does not lean on them entirely). */
  dropCue?: (() => boolean) | undefined;
}

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'GPE', 'PROD', 'EVT', 'DRV', 'MISC'] as const;
/** BIO labels the model decodes (BILOU was tried: no better on dev, twice the labels). */
export const NER_LABELS: string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

const PAD = 2;
const START = hashOf('<s>');
const END = hashOf('</s>');

function padded(values: readonly string[]): Uint32Array {
  const out = new Uint32Array(values.length + 2 * PAD);
  out.fill(START, 0, PAD);
  values.forEach((v, i) => (out[i + PAD] = hashOf(v)));
  out.fill(END, values.length + PAD);
  return out;
}

/** Hashes and flags of a sentence's words, padded with sentinels (built from words, or from cached word entries). */
export interface NerContext {
  words: readonly string[];
  hw: Uint32Array;
  hl: Uint32Array;
  hs: Uint32Array;
  cap: Uint8Array;
  common: Uint8Array;
}

export function nerContext(words: readonly string[], lexicon: NerLexicon): NerContext {
  const lower = words.map((w) => w.toLowerCase());
  return {
    words,
    hw: padded(words),
    hl: padded(lower),
    hs: padded(words.map(wordShape)),
    cap: Uint8Array.from(words, (w) => (isCapitalised(w) ? 1 : 0)),
    common: Uint8Array.from(lower, (l) => (lexicon.common.has(l) ? 1 : 0)),
  };
}

/** The padding sentinels' hashes (before and after the sentence). */
export const NER_START = START;
export const NER_END = END;

/**
 * Features are split by what they depend on, so that inference can score the word-only groups once per word form:
 * group 0 the word itself, groups 1-4 a neighbour at -1, +1, -2, +2; the rest is computed per position.
 */
export function nerSelfFeatures(
  f: FeatureBuffer,
  w: string,
  l: string,
  hw: number,
  hl: number,
  hs: number,
): void {
  f.int(0, 0);
  f.int(1, hw);
  f.int(2, hl);
  f.int(3, hs);
  for (let n = 1; n <= 4; n++) f.suffix(3 + n, l, n);
  for (let n = 1; n <= 4; n++) f.prefix(7 + n, l, n);
  f.int(13, isAllCaps(w) ? 1 : 0, w.length > 4 ? 1 : 0);
  const hyphen = l.indexOf('-');
  if (hyphen > 0) {
    f.str(31, l.slice(hyphen + 1));
    f.str(32, w.slice(0, hyphen));
  }
  for (let n = 5; n <= 7; n++) if (l.length > n + 2) f.suffix(37 + n, l, n);
}

/** Groups 1-4: the neighbour at -1, +1, -2, +2 (or the padding sentinel). */
export function nerNeighbourFeatures(
  f: FeatureBuffer,
  group: number,
  hw: number,
  hl: number,
  hs: number,
): void {
  if (group === 1) {
    f.int(14, hl);
    f.int(18, hs);
    f.int(29, hw);
  } else if (group === 2) {
    f.int(15, hl);
    f.int(19, hs);
    f.int(30, hw);
  } else if (group === 3) f.int(16, hl);
  else f.int(17, hl);
}

/** Name-list matches of a sentence (the part of the features that needs the whole sentence). */
export interface NerMatches {
  names: [string, string][][];
  tokens: [string, string][][];
  /** Outside-list name cue bits of each token (of the form as written). */
  cues: Uint8Array;
  /** Name bits of the longest several-word outside-list entry covering the token, and 1 first / 2 inside. */
  phrase: Uint8Array;
  phrasePosition: Uint8Array;
}

/** Cue bits of each token and the several-word entries (longest first) of the outside lists. */
export function cueMatches(
  words: readonly string[],
  cues: NameCues,
  drop?: () => boolean,
): { cues: Uint8Array; phrase: Uint8Array; phrasePosition: Uint8Array } {
  const n = words.length;
  const out = new Uint8Array(n);
  const phrase = new Uint8Array(n);
  const position = new Uint8Array(n);
  if (cues.size === 0) return { cues: out, phrase, phrasePosition: position };
  for (let i = 0; i < n; i++) {
    const bits = cues.of(words[i] as string);
    out[i] = drop?.() ? 0 : bits;
  }
  for (let i = 0; i < n; i++) {
    if (!((out[i] as number) & CUE.PREFIX) || (phrase[i] as number) !== 0) continue;
    let key = words[i] as string;
    let bestEnd = -1;
    let bestBits = 0;
    for (let j = i + 1; j < n && j < i + 6; j++) {
      key = `${key} ${words[j]}`;
      const bits = cues.get(cueKey(key));
      if (bits & NAME_CUES) {
        bestEnd = j;
        bestBits = bits & NAME_CUES;
      }
      if (!(bits & CUE.PREFIX)) break;
    }
    if (bestEnd < 0) continue;
    for (let j = i; j <= bestEnd; j++) {
      phrase[j] = bestBits;
      position[j] = j === i ? 1 : 2;
    }
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) & ~CUE.PREFIX;
  return { cues: out, phrase, phrasePosition: position };
}

export function nerMatches(
  words: readonly string[],
  lexicon: NerLexicon,
  exclude?: NerExclusions,
): NerMatches {
  return {
    names: lexicon.names.match(words, exclude?.entries),
    tokens: lexicon.tokens.match(words, exclude?.tokens),
    ...cueMatches(words, lexicon.cues, exclude?.dropCue),
  };
}

const NONE: [string, string][] = [];

/** Features of position `i` that combine neighbouring words, shapes and name lists (added without clearing). */
export function nerDynamicFeatures(f: FeatureBuffer, ctx: NerContext, matches: NerMatches, i: number): void {
  const { hw, hl, hs } = ctx;
  const k = i + PAD;
  const s0 = hs[k] as number;
  const cap = ctx.cap[i] as number;
  f.int3(26, hs[k - 1] as number, s0, hs[k + 1] as number);
  f.int(28, hw[k - 1] as number, s0);
  const here = matches.names[i] ?? NONE;
  for (const [type, position] of here) f.str2(33, type, position);
  for (const [type] of matches.names[i - 1] ?? NONE) f.str(36, type);
  for (const [type] of matches.names[i + 1] ?? NONE) f.str(37, type);
  for (const [type] of matches.tokens[i] ?? NONE) f.str(38, type);
  f.int3(46, cap, hs[k + 1] as number, hl[k - 1] as number);
  if (i > 0 && cap) f.int3(41, hw[k - 1] as number, ctx.common[i] as number, ctx.cap[i - 1] as number);
  cueFeatures(f, ctx, matches, i);
}

/**
 * Features of the outside-list cues (`name-cues.ts`), combined with capitalisation, sentence position and train's
 * common-word evidence: the cue bits as a whole and one by one, next to the capitalised neighbours' cues (a given
 * name before a family name), and the several-word entry covering the token.
 */
function cueFeatures(f: FeatureBuffer, ctx: NerContext, matches: NerMatches, i: number): void {
  const cue = matches.cues[i] as number;
  const cap = ctx.cap[i] as number;
  const common = ctx.common[i] as number;
  const first = i === 0 ? 1 : 0;
  const phrase = matches.phrase[i] as number;
  if (phrase) f.int3(64, phrase, matches.phrasePosition[i] as number, cap);
  if (!cap) return;
  // Also for a capitalised word without cues (0): the lists miss many names, but such a word is less often one.
  f.int3(60, cue, cap | (first << 1), common);
  for (let b = 1; b <= CUE.ORG; b <<= 1) if (cue & b & NAME_CUES) f.int3(61, b, first, common);
  // 255: the neighbour is not capitalised (or there is none).
  const prev = i > 0 && ctx.cap[i - 1] ? (matches.cues[i - 1] as number) : 255;
  const next = i + 1 < ctx.cap.length && ctx.cap[i + 1] ? (matches.cues[i + 1] as number) : 255;
  f.int(62, prev, cue);
  f.int(63, cue, next);
}

/**
 * The position's flags packed into two small integers for `nerFlagFeatures`: a = cap | first << 1 | common << 2,
 * b = quoted | capitalised next word << 1 | no name-list match << 2.
 */
export function nerFlags(ctx: NerContext, matches: NerMatches, i: number, quoted: boolean): [number, number] {
  const cap = ctx.cap[i] as number;
  const first = i === 0 ? 1 : 0;
  const capNext = i + 1 < ctx.cap.length ? (ctx.cap[i + 1] as number) : 0;
  const noMatch = (matches.names[i] ?? NONE).length === 0 ? 1 : 0;
  return [
    cap | (first << 1) | ((ctx.common[i] as number) << 2),
    (quoted ? 1 : 0) | (capNext << 1) | (noMatch << 2),
  ];
}

/** Features of the flags (one group: scored once per flag combination at inference). */
export function nerFlagFeatures(f: FeatureBuffer, _group: number, a: number, b: number): void {
  const cap = a & 1;
  const first = (a >> 1) & 1;
  const common = (a >> 2) & 1;
  f.int(12, cap, first);
  f.int(27, b & 1, cap);
  if ((b >> 2) & 1) f.int(35, cap);
  f.int(45, cap, (b >> 1) & 1);
  f.int3(39, cap, common, first);
}

/** Values of each of `nerFlags`' two integers (for `PairTables`). */
export const NER_FLAG_VALUES = 8;

/** Quote depth before each token's features: 1 inside «...» (the opening guillemet counts as inside). */
export function quotedFlags(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '«') depth++;
    out[i] = depth > 0 ? 1 : 0;
    if (w === '»') depth = Math.max(0, depth - 1);
  }
  return out;
}

/**
 * Label-independent features of every token of a sentence (emissions are scored per label from these).
 * No UPOS: with predicted tags, tag features cost more F1 on dev than they gave (see docs/decisions/nb-models.md).
 */
export function nerFeatures(
  words: readonly string[],
  lexicon: NerLexicon,
  exclude?: NerExclusions,
): Uint32Array[] {
  const ctx = nerContext(words, lexicon);
  const matches = nerMatches(words, lexicon, exclude);
  const quoted = quotedFlags(words);
  const { hw, hl, hs } = ctx;
  const f = new FeatureBuffer();
  const out: Uint32Array[] = [];
  for (let i = 0; i < words.length; i++) {
    const k = i + PAD;
    const w = words[i] as string;
    f.clear();
    nerSelfFeatures(f, w, w.toLowerCase(), hw[k] as number, hl[k] as number, hs[k] as number);
    nerNeighbourFeatures(f, 1, hw[k - 1] as number, hl[k - 1] as number, hs[k - 1] as number);
    nerNeighbourFeatures(f, 2, hw[k + 1] as number, hl[k + 1] as number, hs[k + 1] as number);
    nerNeighbourFeatures(f, 3, hw[k - 2] as number, hl[k - 2] as number, hs[k - 2] as number);
    nerNeighbourFeatures(f, 4, hw[k + 2] as number, hl[k + 2] as number, hs[k + 2] as number);
    nerDynamicFeatures(f, ctx, matches, i);
    const [a, b] = nerFlags(ctx, matches, i, quoted[i] === 1);
    nerFlagFeatures(f, 0, a, b);
    out.push(f.snapshot());
  }
  return out;
}
