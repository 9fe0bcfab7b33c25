// Turns a contract record into the bag-of-features story clustering compares: stemmed words, entities, a date span.
import { stopwords as norwegianStopwords } from '@orama/stopwords/norwegian';
import type { ArticleRecord } from '../contract/index.ts';
import { getLanguagePack } from '../languages/registry.ts';
import { clusteringSpan, type DaySpan } from './date-span.ts';

/** Counts per feature; keys are stems (`w`) or folded entity names (`e`). */
export type FeatureCounts = Map<string, number>;

export interface ArticleFeatures {
  id: string;
  title: string | null;
  /** Stemmed content words, title words counted `titleWeight` times. */
  words: FeatureCounts;
  /** Distinct stemmed headline words. */
  titleWords: string[];
  /** Entity names from `record.entities` (capitalised non-initial words while NER is absent), plus headline names. */
  entities: FeatureCounts;
  /** Days since epoch covered by `published` (a whole month for `2025-12`); null when unknown or year-only. */
  span: DaySpan | null;
}

export interface FeatureOptions {
  /** How many times a headline word counts against one body word. */
  titleWeight?: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const STOPWORDS = new Set(norwegianStopwords);
// Credit and cross-link furniture the cleaner may leave behind; it says nothing about the story.
const FURNITURE = new Set(['foto', 'ntb', 'les', 'også', 'illustrasjon', 'arkiv', 'skjermdump']);

/** Folds spelling variants of names together: `Åsland`/`Aasland` -> `asland`, `Nato`/`NATO` -> `nato`. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/aa/g, 'a')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function extractFeatures(record: ArticleRecord, options: FeatureOptions = {}): ArticleFeatures {
  const titleWeight = options.titleWeight ?? 3;
  const stem = getLanguagePack(record.language ?? 'nb')?.stem ?? getLanguagePack('nb')?.stem ?? identity;
  const words: FeatureCounts = new Map();
  addWords(words, record.body, stem, 1);
  const titleCounts: FeatureCounts = new Map();
  if (record.title) addWords(titleCounts, record.title, stem, 1);
  for (const [term, count] of titleCounts) increment(words, term, count * titleWeight);
  const entities: FeatureCounts = new Map();
  if (record.entities.length > 0) {
    // Name words, not whole names, so `Eirik Solbakken` here meets `Solbakken` there, as the stand-in does.
    for (const entity of record.entities) {
      const weight = Math.max(1, entity.mentions.length);
      for (const part of stemName(entity.name, stem).split(' ')) {
        if (part.length >= 2) increment(entities, part, weight);
      }
    }
  } else {
    for (const name of capitalisedWords(record.body)) increment(entities, stemName(name, stem), 1);
  }
  // NER reads the body only; the headline's names, the most salient ones, always come from the stand-in.
  const title = record.title ?? '';
  for (const name of capitalisedWords(title, `${title}\n${record.body}`)) {
    increment(entities, stemName(name, stem), titleWeight);
  }
  entities.delete('');
  const titleWords = [...titleCounts.keys()];
  return {
    id: record.id,
    title: record.title,
    words,
    titleWords,
    entities,
    span: clusteringSpan(record.published),
  };
}

function addWords(into: FeatureCounts, text: string, stem: (word: string) => string, weight: number): void {
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word.length < 3 || STOPWORDS.has(word) || FURNITURE.has(word)) continue;
    for (const part of word.split('-')) {
      if (part.length < 3 || STOPWORDS.has(part)) continue;
      increment(into, stem(part), weight);
    }
  }
}

/**
 * The NER stand-in: a capitalised word that does not open a sentence (or a quote, list item or line) is
 * very likely part of a name in Norwegian, where common nouns are lower-case. A sentence-initial word
 * counts too when the same word stands capitalised mid-sentence elsewhere in `context` (`Orvar på vei ...`).
 */
export function capitalisedWords(text: string, context = text): string[] {
  const known = new Set(midSentenceCapitalised(context));
  const names: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word) || word.length < 2) continue;
    if (STOPWORDS.has(word.toLowerCase()) || FURNITURE.has(word.toLowerCase())) continue;
    if (opensSentence(text, match.index) && !known.has(word)) continue;
    names.push(word);
  }
  return names;
}

function midSentenceCapitalised(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    if (/^\p{Lu}/u.test(match[0]) && !opensSentence(text, match.index)) words.push(match[0]);
  }
  return words;
}

function opensSentence(text: string, at: number): boolean {
  return at === 0 || /(^|[.!?:\n–—•«"]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** One comparable key per name: folded, each word stemmed so `Bergens` and `Bergen` meet. */
function stemName(name: string, stem: (word: string) => string): string {
  return foldName(name)
    .split(' ')
    .filter((part) => part.length > 0)
    .map((part) => foldName(stem(part)))
    .join(' ');
}

function increment(into: FeatureCounts, key: string, by: number): void {
  if (key) into.set(key, (into.get(key) ?? 0) + by);
}

function identity(word: string): string {
  return word.toLowerCase();
}
