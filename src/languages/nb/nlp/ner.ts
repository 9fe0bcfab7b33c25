// Named-entity recognition: BIO labels from a first-order structured perceptron over word, shape, tag and name-list features.
import { FeatureBuffer, hashOf } from '../../learn/feature-hash.ts';
import { wordShape, isAllCaps, isCapitalised } from './word-shape.ts';
import { Gazetteer } from './gazetteer.ts';
import type { GazetteerEntries } from './gazetteer.ts';

/** What the recogniser knows besides weights: name lists (whole names, single name tokens) and common words. */
export interface NerLists {
  /** Whole entity strings from training plus country names. */
  entries: GazetteerEntries;
  /** Single tokens that occurred inside training entities, with their types. */
  tokens: GazetteerEntries;
  /** Words seen in lower case in training (evidence that a capitalised form is an ordinary word). */
  common: string[];
}

export class NerLexicon {
  readonly names: Gazetteer;
  readonly tokens: Gazetteer;
  readonly common: ReadonlySet<string>;
  constructor(readonly lists: NerLists) {
    this.names = new Gazetteer(lists.entries);
    this.tokens = new Gazetteer(lists.tokens);
    this.common = new Set(lists.common);
  }
}

/** Training-time exclusions: the current document's own names, so that lists do not give away the answer. */
export interface NerExclusions {
  entries: GazetteerEntries;
  tokens: GazetteerEntries;
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

/**
 * Label-independent features of every token of a sentence (emissions are scored per label from these).
 * No UPOS: with predicted tags, tag features cost more F1 on dev than they gave (see docs/decisions/nb-models.md).
 */
export function nerFeatures(
  words: readonly string[],
  lexicon: NerLexicon,
  exclude?: NerExclusions,
): Uint32Array[] {
  const lower = words.map((w) => w.toLowerCase());
  const hw = padded(words);
  const hl = padded(lower);
  const hs = padded(words.map(wordShape));
  const matches = lexicon.names.match(words, exclude?.entries);
  const tokenMatches = lexicon.tokens.match(words, exclude?.tokens);
  const f = new FeatureBuffer();
  let quoteDepth = 0;
  const out: Uint32Array[] = [];
  for (let i = 0; i < words.length; i++) {
    const k = i + PAD;
    const w = words[i] as string;
    const l = lower[i] as string;
    const s0 = hs[k] as number;
    if (w === '«') quoteDepth++;
    f.clear();
    f.int(0, 0);
    f.int(1, hw[k] as number);
    f.int(2, hl[k] as number);
    f.int(3, s0);
    for (let n = 1; n <= 4; n++) f.suffix(3 + n, l, n);
    for (let n = 1; n <= 4; n++) f.prefix(7 + n, l, n);
    const cap = isCapitalised(w) ? 1 : 0;
    f.int(12, cap, i === 0 ? 1 : 0);
    f.int(13, isAllCaps(w) ? 1 : 0, w.length > 4 ? 1 : 0);
    f.int(14, hl[k - 1] as number);
    f.int(15, hl[k + 1] as number);
    f.int(16, hl[k - 2] as number);
    f.int(17, hl[k + 2] as number);
    f.int(18, hs[k - 1] as number);
    f.int(19, hs[k + 1] as number);
    f.int(23, hl[k - 1] as number, hl[k] as number);
    f.int(24, hl[k] as number, hl[k + 1] as number);
    f.int3(26, hs[k - 1] as number, s0, hs[k + 1] as number);
    f.int(27, quoteDepth > 0 ? 1 : 0, cap);
    f.int(28, hw[k - 1] as number, s0);
    f.int(29, hw[k - 1] as number);
    f.int(30, hw[k + 1] as number);
    const hyphen = l.indexOf('-');
    if (hyphen > 0) {
      f.str(31, l.slice(hyphen + 1));
      f.str(32, w.slice(0, hyphen));
    }
    const here = matches[i] ?? [];
    for (const [type, position] of here) {
      f.str2(33, type, position);
    }
    if (here.length === 0) f.int(35, cap);
    for (const [type] of matches[i - 1] ?? []) f.str(36, type);
    for (const [type] of matches[i + 1] ?? []) f.str(37, type);
    for (const [type] of tokenMatches[i] ?? []) f.str(38, type);
    for (let n = 5; n <= 7; n++) if (l.length > n + 2) f.suffix(37 + n, l, n);
    f.int(45, cap, isCapitalised(words[i + 1] ?? '') ? 1 : 0);
    f.int3(46, cap, hs[k + 1] as number, hl[k - 1] as number);
    const common = lexicon.common.has(l) ? 1 : 0;
    f.int3(39, cap, common, i === 0 ? 1 : 0);
    if (i > 0 && cap) f.int3(41, hw[k - 1] as number, common, isCapitalised(words[i - 1] as string) ? 1 : 0);
    if (w === '»') quoteDepth = Math.max(0, quoteDepth - 1);
    out.push(f.snapshot());
  }
  return out;
}
