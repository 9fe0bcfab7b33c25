// One read of the body shared by the quote and claim techniques: paragraphs, sentences, word tokens and name spans.
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';
import { splitParagraphs, splitSentencesIn } from './split-sentences.ts';
import type { NameMention, TextSpan } from './types.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface NameSpan extends NameMention {
  /** `Bergens`, `Equinors`: a name in the genitive, part of a role rather than the speaker. */
  genitive: boolean;
  /** A lone capitalised word at sentence start: a name only where a reporting verb supports it. */
  weak: boolean;
}

export interface SentenceInfo extends TextSpan {
  paragraph: number;
  tokens: Token[];
}

export interface TextModel {
  body: string;
  /** The language's speech words, for every technique that reads this model. */
  speech: SpeechLexicon;
  paragraphs: TextSpan[];
  sentences: SentenceInfo[];
  /** Indexes into `sentences` per paragraph. */
  paragraphSentences: number[][];
  names: NameSpan[];
  /** Name spans by start and by end offset, for constant-time lookups from tokens. */
  nameByStart: Map<number, NameSpan>;
  nameByEnd: Map<number, NameSpan>;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const CONNECTORS = new Set([
  'for',
  'of',
  'on',
  'and',
  'the',
  'von',
  'van',
  'der',
  'de',
  'bin',
  'al',
  'la',
  'le',
  'di',
  'da',
  'du',
]);
const longTitleCache = new WeakMap<SpeechLexicon, readonly string[]>();
/** `president`, and compounds ending in a title: `helseminister`, `visepresident`. */
function isTitle(speech: SpeechLexicon, lower: string): boolean {
  if (speech.roleTitles.has(lower)) return true;
  let long = longTitleCache.get(speech);
  if (!long) longTitleCache.set(speech, (long = [...speech.roleTitles].filter((t) => t.length >= 4)));
  return long.some((t) => lower.endsWith(t));
}

export function tokenize(body: string, span: TextSpan): Token[] {
  const text = body.slice(span.start, span.end);
  return [...text.matchAll(TOKEN_RE)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase(),
  }));
}

export function buildTextModel(
  body: string,
  names: readonly NameMention[],
  speech: SpeechLexicon,
  sentenceSpans?: readonly TextSpan[],
): TextModel {
  const paragraphs = splitParagraphs(body);
  const sentences: SentenceInfo[] = [];
  paragraphs.forEach((p, index) => {
    const spans = sentenceSpans
      ? sentenceSpans.filter((s) => s.start >= p.start && s.end <= p.end)
      : splitSentencesIn(body, p);
    for (const s of spans.length ? spans : [p])
      sentences.push({ start: s.start, end: s.end, paragraph: index, tokens: tokenize(body, s) });
  });
  const given: NameSpan[] = names.map((n) => ({
    ...n,
    genitive: n.genitive ?? isGenitive(speech, body, n.end, n.text),
    weak: false,
  }));
  let fallback = sentences.flatMap((s) => findNameCandidates(body, s.tokens, speech));
  if (given.length) fallback = fallback.filter((c) => !given.some((g) => g.start < c.end && c.start < g.end));
  const all = [...given, ...fallback].sort((a, b) => a.start - b.start);
  const paragraphSentences = paragraphs.map((): number[] => []);
  sentences.forEach((s, i) => paragraphSentences[s.paragraph]!.push(i));
  const nameByStart = new Map(all.map((n) => [n.start, n]));
  const nameByEnd = new Map(all.map((n) => [n.end, n]));
  return { body, speech, paragraphs, sentences, paragraphSentences, names: all, nameByStart, nameByEnd };
}

/** `Statsministeren`, `Generalen`: a definite role noun refers to a person but is not a name. */
const isDefiniteRole = (speech: SpeechLexicon, lower: string): boolean =>
  speech.roleNounEndings.some((e) => lower.endsWith(e));

/** Words after a name ending in `s` that show the `s` is part of the name, besides the pack's auxiliaries. */
const NOT_AFTER_GENITIVE = new Set([
  'og',
  'eller',
  'men',
  'som',
  'at',
  'i',
  'på',
  'til',
  'fra',
  'med',
  'av',
  'for',
  'om',
  'mot',
  'ved',
  'etter',
  'under',
  'også',
  'ikke',
  'selv',
  'da',
  'når',
  'nå',
  'har',
  'fikk',
  'får',
  'gikk',
  'går',
  'kom',
  'kommer',
  'ble',
  'blir',
]);

// Tromsø, iTromsø; not compounds with a lower-case tail (`Oslo-besøket`, `Nav-sjefen`).
const isCapitalised = (t: Token) => /^\p{Lu}|^\p{Ll}\p{Lu}/u.test(t.text) && !/-\p{Ll}{4,}$/u.test(t.text);

/** Capitalised word runs as candidate names: `Kari Berg`, `New York Times`, `TV 2`, `Norwegian Institute for Water Research`. */
export function findNameCandidates(
  body: string,
  tokens: readonly Token[],
  speech: SpeechLexicon,
): NameSpan[] {
  const { notNames } = speech;
  const out: NameSpan[] = [];
  let first = 0;
  while (first < tokens.length && /^[–—\-«"“(]$/.test(tokens[first]!.text)) first++;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (isCapitalised(t)) j++;
      else if (/^\d{1,2}$/.test(t.text) && /^\p{Lu}{2,}$/u.test(tokens[j - 1]!.text))
        j++; // TV 2
      else if (CONNECTORS.has(t.text) && tokens[j + 1] && isCapitalised(tokens[j + 1]!)) j += 2;
      else break;
    }
    let from = i;
    if (i === first && notNames.has(tokens[i]!.text)) from++;
    while (from < j - 1 && isTitle(speech, tokens[from]!.lower)) from++; // `General Hansen` → the title is role
    if (from < j) {
      const single = j - from === 1;
      const t0 = tokens[from]!;
      const compound =
        (single && /^\p{Lu}[\p{L}]*-\p{Ll}{4,}/u.test(t0.text)) ||
        (single && isDefiniteRole(speech, t0.lower)); // Nav-sjefen, Oslo-skolen, Statsministeren
      const weak = from === first && single;
      if (!compound && !(weak && notNames.has(t0.text)) && !notNames.has(single ? t0.text : '')) {
        const start = t0.start;
        const end = tokens[j - 1]!.end;
        const text = body.slice(start, end);
        out.push({ start, end, text, type: 'UNK', genitive: isGenitive(speech, body, end, text), weak });
      }
    }
    i = j - 1;
  }
  return out;
}

/** A name ending in `s` directly followed by a lower-case word reads as a genitive: `Equinors ansatte`. */
function isGenitive(speech: SpeechLexicon, body: string, end: number, text: string): boolean {
  if (!/[^s]s$|'s$|’s$/.test(text) || text.length < 4) return false;
  const next = /^ (\p{Ll}+)/u.exec(body.slice(end, end + 20))?.[1];
  // `Aas er`, `Securities mener`: a verb or function word after the name means the `s` is part of it.
  return (
    !!next &&
    !speech.auxiliaries.has(next) &&
    !NOT_AFTER_GENITIVE.has(next) &&
    !speech.startsReportingVerb(next)
  );
}

/** The name span starting exactly at `pos`, if any. */
export function nameAt(model: TextModel, pos: number): NameSpan | undefined {
  return model.nameByStart.get(pos);
}

/** The sentences of paragraph `index`, in order. */
export function sentencesOf(model: TextModel, index: number): SentenceInfo[] {
  return (model.paragraphSentences[index] ?? []).map((i) => model.sentences[i]!);
}

/** Name spans inside [start, end). */
export function namesIn(model: TextModel, start: number, end: number): NameSpan[] {
  return model.names.filter((n) => n.start >= start && n.end <= end);
}
