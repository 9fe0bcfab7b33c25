// Sentence ends without a full stop: a heading, caption or credit run into the next sentence on one line
// (`Tvisynt ombudsmann Stappfulle esker.`). The rule splitter (../tokenize) ends sentences at punctuation and line
// breaks; this learned step looks at each place where a word ending in a small letter or a digit is followed by a
// capitalised word (or a quote dash and one) and decides whether a new sentence starts there. Its strongest evidence
// is whether the next word is an ordinary word that only a sentence start would capitalise (`Spiste`,
// `Journalister`) or a name (`Clinton`), read from the spelling dictionary's classes and from training.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { RowModel, RowPerceptronTrainer } from '../../learn/averaged-perceptron.ts';
import { decodeModelFile, encodeModelFile } from '../../learn/model-codec.ts';
import { createRandom, shuffleInPlace } from '../../learn/random.ts';
import type { Sentence, Token } from '../../nlp.ts';
import type { FormClasses } from './full-form-lexicon.ts';

/**
 * What the pack knows of a lower-cased word: its class in the spelling dictionary (`FormClasses.classOf`; `C` in a
 * class marks a capitalised stem) and the tags training saw it with (`UposLexicon.ambiguity`, `|`-joined, or '').
 */
export type ClassOf = (lower: string) => { coarse: string; tags: string };

/**
 * The step's view of words from the tagger's dictionary classes and train's tag sets, kept per form: an unknown word
 * costs a search for its compound head.
 */
export function wordInfoFrom(forms: FormClasses, ambiguity: Readonly<Record<string, string>>): ClassOf {
  const seen = new Map<string, { coarse: string; tags: string }>();
  return (w) => {
    let info = seen.get(w);
    if (!info) {
      if (seen.size >= 50_000) seen.clear();
      info = { coarse: forms.classOf(w).coarse, tags: ambiguity[w] ?? '' };
      seen.set(w, info);
    }
    return info;
  };
}

const DASHES = new Set(['-', '–', '—']);
const OPENING_QUOTES = new Set(['«', '“', '"']);
const ENDS_WORD = /[\p{Ll}\p{N}]$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

/** Index of the capitalised word that would open the next sentence after token i, or -1 when i is no candidate. */
export function candidateAfter(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  const next = tokens[i + 1];
  // A capitalised word before a capitalised one is most often a name going on (`Havbris Laks`, `Leger Uten Grenser`).
  if (!token || !next || !ENDS_WORD.test(token.text) || STARTS_CAPITAL.test(token.text)) return -1;
  const after = tokens[i + 2];
  // Two capitalised words are a name more often than a heading's end and a sentence's start
  // (`settefiskprodusenten Havbris AS`).
  if (STARTS_CAPITAL.test(next.text)) return after && STARTS_CAPITAL.test(after.text) ? -1 : i + 1;
  if (!after || next.start === token.end) return -1;
  // `hardt - Har jobbet`: a quote dash with blanks on both sides.
  if (DASHES.has(next.text) && after.start > next.end) return STARTS_CAPITAL.test(after.text) ? i + 2 : -1;
  // `gjør alt riktig «Football Manager» er`: an opening quote before a capitalised word.
  if (OPENING_QUOTES.has(next.text) && after.start === next.end)
    return STARTS_CAPITAL.test(after.text) ? i + 2 : -1;
  return -1;
}

/** Words that end a heading: content words (a heading seldom ends in a verb, pronoun or preposition). */
const HEADING_ENDS = /NOUN|PROPN|ADJ|ADV|NUM|X|INTJ/;

/**
 * Only an ordinary word of the dictionary (which it spells in small letters) opens a sentence here: before a word the
 * dictionary does not have, or has only as a name, a capital says nothing (`Først truet Trump ...`). And the word
 * before must be one that can end a heading: one training saw only as a verb or a function word cannot.
 */
function mayBreak(
  tokens: readonly Token[],
  i: number,
  open: number,
  classOf: ClassOf,
  capitalised: ReadonlyMap<string, number>,
): boolean {
  const lower = (tokens[open] as Token).text.toLowerCase();
  // A word the text capitalises inside another sentence too is a name there and here (`Trump`).
  if ((capitalised.get(lower) ?? 0) > 1) return false;
  const word = classOf(lower);
  const kind = capitalKind(word.coarse);
  if (!(kind === 'small' || kind === 'both' || kind === 'head-small') || word.tags.includes('PROPN'))
    return false;
  const before = classOf((tokens[i] as Token).text.toLowerCase()).tags;
  return before === '' || HEADING_ENDS.test(before);
}

/** How often each lower-cased word is capitalised after a word or a comma, inside a sentence of the text. */
export function capitalisedInside(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (let i = 1; i < s.tokens.length; i++) {
      const word = (s.tokens[i] as Token).text;
      const before = (s.tokens[i - 1] as Token).text;
      if (!STARTS_CAPITAL.test(word) || !(before === ',' || ENDS_WORD.test(before))) continue;
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  return counts;
}

const lengthBucket = (n: number): string =>
  n <= 4 ? String(n) : n <= 6 ? '5-6' : n <= 9 ? '7-9' : n <= 14 ? '10-14' : n <= 24 ? '15-24' : '25+';

function shape(word: string | undefined): string {
  if (word === undefined) return 'END';
  if (/^\p{Lu}+$/u.test(word) && word.length > 1) return 'AA';
  if (STARTS_CAPITAL.test(word)) return 'Aa';
  if (/^\p{Ll}/u.test(word)) return 'a';
  if (/^\p{N}/u.test(word)) return '0';
  return word;
}

/** Whether the dictionary has the word with a capitalised stem only, with both, or with a small one only. */
function capitalKind(coarse: string): string {
  if (coarse === '-') return 'unknown';
  const parts = coarse.replace(/^~/, '').split('|');
  const capital = parts.filter((p) => p.startsWith('C')).length;
  return `${coarse.startsWith('~') ? 'head-' : ''}${capital === 0 ? 'small' : capital === parts.length ? 'capital' : 'both'}`;
}

/**
 * Features of a break between tokens[i] and tokens[open] (the capitalised word), in a sentence that started at
 * token `first`.
 */
export function breakFeatures(
  f: FeatureBuffer,
  tokens: readonly Token[],
  first: number,
  i: number,
  open: number,
  classOf: ClassOf,
): void {
  f.clear();
  const prev = (tokens[i] as Token).text;
  const next = (tokens[open] as Token).text;
  const nextLower = next.toLowerCase();
  const prevLower = prev.toLowerCase();
  const nextWord = classOf(nextLower);
  const prevWord = classOf(prevLower);
  const nextClass = nextWord.coarse;
  const prevClass = prevWord.coarse;
  const kind = capitalKind(nextClass);
  const dash = open === i + 2 ? (tokens[i + 1] as Token).text : 'word';
  f.str(1, 'bias');
  f.str(2, next);
  f.str(3, nextLower);
  f.suffix(4, nextLower, 3);
  f.suffix(5, nextLower, 4);
  f.str(6, nextClass);
  f.str(7, kind);
  f.str2(8, kind, dash);
  f.str(9, prevLower);
  f.suffix(10, prevLower, 3);
  f.str(11, prevClass);
  f.str(12, shape(prev));
  f.str2(13, shape(prev), kind);
  const length = lengthBucket(i + 1 - first);
  f.str(14, length);
  f.str2(15, length, kind);
  let commas = 0;
  let capitals = 0;
  for (let k = first; k <= i; k++) {
    const t = (tokens[k] as Token).text;
    if (t === ',') commas++;
    else if (k > first && STARTS_CAPITAL.test(t)) capitals++;
  }
  f.str(16, `commas ${Math.min(commas, 3)}`);
  f.str(17, `capitals ${Math.min(capitals, 3)}`);
  const after = tokens[open + 1]?.text;
  f.str(18, shape(after));
  f.str2(19, kind, shape(after));
  f.str(20, after?.toLowerCase() ?? 'END');
  f.str(21, dash);
  f.str2(22, prevLower, nextLower);
  f.str2(23, prevClass, kind);
  f.str(24, prevWord.tags);
  f.str(25, nextWord.tags);
  f.str2(26, prevWord.tags, nextWord.tags);
}

export class SentenceBreaks {
  private readonly f = new FeatureBuffer();
  private readonly scratch = new Float32Array(2);
  constructor(
    readonly model: RowModel,
    private readonly classOf: ClassOf,
    /** How much the break must outscore the join. */
    private readonly margin = 0,
  ) {}

  /** Splits each sentence of the rule splitter further where the model sees a new sentence start. */
  refine(sentences: readonly Sentence[]): Sentence[] {
    return splitWhere(sentences, this.classOf, this.f, () => {
      this.scratch.fill(0);
      this.model.score(this.f.keys, this.f.length, this.scratch);
      return (this.scratch[1] as number) - (this.scratch[0] as number) > this.margin;
    });
  }
}

/**
 * Walks the places where a sentence may start inside the rule splitter's sentences, with each place's features in
 * `f`, and splits where `starts` says a sentence starts there (training and use read the places alike).
 */
function splitWhere(
  sentences: readonly Sentence[],
  classOf: ClassOf,
  f: FeatureBuffer,
  starts: (tokens: readonly Token[], i: number) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  const capitalised = capitalisedInside(sentences);
  for (const s of sentences) {
    const tokens = s.tokens;
    let first = 0;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const open = candidateAfter(tokens, i);
      if (open < 0 || !mayBreak(tokens, i, open, classOf, capitalised)) continue;
      breakFeatures(f, tokens, first, i, open, classOf);
      if (!starts(tokens, i)) continue;
      out.push(piece(tokens, first, i + 1));
      first = i + 1;
    }
    out.push(first === 0 ? s : piece(tokens, first, tokens.length));
  }
  return out;
}

function piece(tokens: readonly Token[], from: number, to: number): Sentence {
  const own = tokens.slice(from, to);
  return { start: (own[0] as Token).start, end: (own[own.length - 1] as Token).end, tokens: own };
}

/** A document's running text and where its gold sentences end (UTF-16 offsets). */
export interface BreakDocument {
  text: string;
  ends: ReadonlySet<number>;
}

/** Documents from consecutive `# text` lines joined by a blank, as the evaluation joins them. */
export function breakDocuments(sentences: readonly { text: string; doc: string }[]): BreakDocument[] {
  const docs: BreakDocument[] = [];
  let text = '';
  let ends = new Set<number>();
  let doc: string | null = null;
  for (const s of sentences) {
    const own = s.text.trim();
    if (own === '') continue;
    if (doc !== null && s.doc !== doc) {
      docs.push({ text, ends });
      text = '';
      ends = new Set();
    }
    doc = s.doc;
    if (text !== '') text += ' ';
    text += own;
    ends.add(text.length);
  }
  if (text !== '') docs.push({ text, ends });
  return docs;
}

export interface BreakTrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  log?: (m: string) => void;
}

/** Learns where a sentence starts without punctuation, from the places the rule splitter leaves joined. */
export function trainSentenceBreaks(
  docs: readonly BreakDocument[],
  split: (text: string) => Sentence[],
  classOf: ClassOf,
  options: BreakTrainOptions,
): RowModel {
  const f = new FeatureBuffer();
  const examples: { keys: Uint32Array; gold: number }[] = [];
  for (const doc of docs)
    splitWhere(split(doc.text), classOf, f, (tokens, i) => {
      const gold = doc.ends.has((tokens[i] as Token).end) ? 1 : 0;
      examples.push({ keys: f.keys.slice(0, f.length), gold });
      // Training follows the gold sentence, as the model's own splits will at run time when it is right.
      return gold === 1;
    });
  const trainer = new RowPerceptronTrainer(2, options.bits);
  const random = createRandom(options.seed);
  const scratch = new Float32Array(2);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let errors = 0;
    for (const ex of shuffleInPlace(examples, random)) {
      const guess = trainer.predict(ex.keys, ex.keys.length, scratch);
      if (guess !== ex.gold) errors++;
      trainer.learn(ex.keys, ex.keys.length, ex.gold, guess);
      trainer.tick();
    }
    options.log?.(`sentence breaks epoch ${epoch + 1}: ${errors} errors of ${examples.length}`);
  }
  return trainer.finish();
}

/** The model file `sentences.bin`. */
export function encodeSentenceBreaks(model: RowModel, margin: number): Buffer {
  const { header, sections } = model.toSections('breaks');
  return encodeModelFile({ kind: 'nb-sentence-breaks', version: 1, breaks: header, margin }, sections);
}

export function decodeSentenceBreaks(gz: Uint8Array): { model: RowModel; margin: number } {
  const file = decodeModelFile(gz);
  const h = file.header as { breaks: { classes: number; bits: number; rows: number }; margin: number };
  return { model: RowModel.fromSections(file, 'breaks', h.breaks), margin: h.margin };
}
