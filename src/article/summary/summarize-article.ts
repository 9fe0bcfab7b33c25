// Per-article extractive summary: 3-5 body sentences scored by position, title overlap, term centrality and facts.
import { getLanguagePack } from '../../languages/registry.ts';
import { splitSentences } from '../quotes/split-sentences.ts';

export interface SummaryInput {
  body: string;
  title: string | null;
  /** The article's own summary box: never copied, and kept out of the body by the cleaner anyway. */
  summaryGiven: string[];
  /** Sentence spans into `body`; split here when the pipeline has none to give. */
  sentences?: { start: number; end: number }[];
  /** ISO 639-1 code of the stemmer to use; `nb` when unknown. */
  language?: string | null;
}

/** How much each signal counts: equal shares (a grid over the two seeds with given bullets moved F by ±0.03 only). */
export const SUMMARY_WEIGHTS = { position: 0.25, title: 0.25, centrality: 0.25, facts: 0.25 };
const MIN_WORDS = 6;
const MAX_WORDS = 45;
/** Two picked sentences sharing more than this share of terms say the same thing twice. */
const MAX_REDUNDANCY = 0.5;

interface Candidate {
  index: number;
  text: string;
  terms: string[];
  score: number;
}

function stemmerFor(language: string | null | undefined): (w: string) => string {
  const pack = getLanguagePack(language ?? 'nb') ?? getLanguagePack('nb');
  return pack ? (w) => pack.stem(w) : (w) => w;
}

export function termsOf(text: string, stem: (w: string) => string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).map(stem);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How many sentences to pick: three for short articles, up to five for long ones. */
export function summaryLength(sentenceCount: number): number {
  return Math.max(3, Math.min(5, Math.round(sentenceCount / 8)));
}

export function summarizeArticle(input: SummaryInput): string[] {
  const { body } = input;
  const spans = input.sentences ?? splitSentences(body);
  const stem = stemmerFor(input.language);
  const given = input.summaryGiven.map(normalise).filter((g) => g.length > 0);
  const sentences = spans
    .map((s, index) => ({ index, text: body.slice(s.start, s.end).trim() }))
    .filter((s) => s.text.length > 0);
  const n = sentences.length;
  if (n === 0) return [];
  // Document frequency over the article's own sentences: words in every sentence (og, i, som) weigh nothing.
  const termLists = sentences.map((s) => termsOf(s.text, stem));
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const terms of termLists) {
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const weight = (t: string) => (tf.get(t) ?? 0) * Math.log((n + 1) / (df.get(t) ?? 1));
  const titleTerms = new Set(termsOf(input.title ?? '', stem).filter((t) => (df.get(t) ?? 0) < n));
  const raw = sentences.map((s, i) => {
    const terms = termLists[i] ?? [];
    const unique = [...new Set(terms)];
    const centrality = unique.reduce((sum, t) => sum + weight(t), 0) / Math.sqrt(Math.max(terms.length, 1));
    const titleHits = unique.filter((t) => titleTerms.has(t)).length / Math.max(titleTerms.size, 1);
    const hasNumber = /\d/.test(s.text) ? 0.5 : 0;
    const names = (s.text.slice(1).match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
    return { terms, centrality, titleHits, facts: hasNumber + Math.min(names, 3) / 6 };
  });
  const maxCentrality = Math.max(...raw.map((r) => r.centrality), 1e-9);
  const candidates: Candidate[] = sentences.flatMap((s, i) => {
    const r = raw[i];
    const words = r?.terms.length ?? 0;
    if (!r || words < MIN_WORDS) return [];
    const norm = normalise(s.text);
    if (given.some((g) => g === norm || g.includes(norm) || norm.includes(g))) return [];
    const position = 1 / (1 + i / 3);
    let score =
      SUMMARY_WEIGHTS.position * position +
      SUMMARY_WEIGHTS.title * r.titleHits +
      SUMMARY_WEIGHTS.centrality * (r.centrality / maxCentrality) +
      SUMMARY_WEIGHTS.facts * r.facts;
    // Questions and overlong sentences make poor stand-alone summary lines.
    if (s.text.endsWith('?')) score *= 0.5;
    if (words > MAX_WORDS) score *= 0.7;
    return [{ index: s.index, text: s.text, terms: [...new Set(r.terms)], score }];
  });
  const picked: Candidate[] = [];
  const k = summaryLength(n);
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (picked.length >= k) break;
    if (picked.some((p) => overlap(p.terms, c.terms) > MAX_REDUNDANCY)) continue;
    picked.push(c);
  }
  return picked.sort((a, b) => a.index - b.index).map((c) => c.text);
}

function overlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const shared = b.filter((t) => set.has(t)).length;
  return shared / Math.max(Math.min(a.length, b.length), 1);
}
