// News, commentary, analysis or other: by the labels a paper prints and, failing those, the writer's own stance.
import type { Genre } from '../../contract/index.ts';
import type { CleaningLexicon } from '../../languages/cleaning-lexicon.ts';

export interface GenreInput {
  title: string | null;
  /** The article's lines as written, furniture and captions included (labels often sit there). */
  lines: string[];
  /** The cleaned body: opinion cues are counted here, outside quotes. */
  body: string;
  lexicons: CleaningLexicon[];
}

export interface GenreResult {
  genre: Genre;
  rule: string;
  evidence: string | null;
}

/** Whole-line labels (`Kommentar`, `Leder:`) count only in the byline area: the first and last lines. */
const LABEL_AREA = 8;
// A first-person opinion (`jeg mener`) weighs two; an evaluative adverb or the writer's `vi` one.
const STRONG_WEIGHT = 2;
const MIN_STANCE_SCORE = 3;
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«–])/u;
// Quotes are other people's opinions: dash lines and «...» spans are skipped.
const QUOTE_LINE = /^[–—-]\s/u;
const QUOTE_SPAN = /«[^»]*»|"[^"]*"|“[^”]*”/gu;

function findLabel(patterns: RegExp[], title: string | null, lines: string[]): string | null {
  const heads = title ? [title] : [];
  const all = [...heads, ...lines];
  const lower = all.map((l) => l.toLowerCase());
  const area = new Set([...lines.slice(0, LABEL_AREA), ...lines.slice(-LABEL_AREA)]);
  // Patterns that may match anywhere are run once over all lines joined, not once per line: far fewer scans.
  const joined = lower.join('\n');
  for (const pattern of patterns) {
    const fast = caseless(pattern);
    if (pattern.source.startsWith('^')) {
      const hit = all.findIndex((line, i) => (i < heads.length || area.has(line)) && fast.test(lower[i]!));
      if (hit >= 0) return all[hit]!;
    } else if (fast.test(joined)) {
      return all.find((_, i) => fast.test(lower[i]!)) ?? null;
    }
  }
  return null;
}

/**
 * A case-insensitive cue pattern as a case-sensitive one over lower-cased text, compiled once (`g` when asked):
 * irregexp scans a literal prefix far faster without the `i` flag. Patterns naming upper-case letters keep `i`.
 */
const twins = new Map<string, RegExp>();
function caseless(pattern: RegExp, global = false): RegExp {
  const key = `${pattern.source}/${pattern.flags}/${global}`;
  let twin = twins.get(key);
  if (!twin) {
    const literal = pattern.source.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
    const flags = /\p{Lu}/u.test(literal) ? pattern.flags : pattern.flags.replace('i', '');
    twin = new RegExp(pattern.source, `${flags.replace('g', '')}${global ? 'g' : ''}`);
    twins.set(key, twin);
  }
  return twin;
}

export function classifyGenre(input: GenreInput): GenreResult {
  const { lexicons, title } = input;
  const lines = input.lines.map((l) => l.trim()).filter(Boolean);
  const labels: Array<[Genre, (l: CleaningLexicon) => RegExp[]]> = [
    ['commentary', (l) => l.commentaryLabels],
    ['analysis', (l) => l.analysisLabels],
    ['other', (l) => l.otherLabels],
  ];
  for (const [genre, pick] of labels) {
    const hit = findLabel(lexicons.flatMap(pick), title, lines);
    if (hit !== null) return { genre, rule: `metadata/genre-label-${genre}`, evidence: hit };
  }
  const attributions = lexicons.flatMap((l) => l.attributions).map((a) => caseless(a));
  const narrative = input.body
    .split('\n')
    .filter((line) => !QUOTE_LINE.test(line.trim()))
    .flatMap((line) => line.replace(QUOTE_SPAN, ' ').split(SENTENCE_END))
    .map((sentence) => sentence.toLowerCase())
    .filter((sentence) => !attributions.some((a) => a.test(sentence)))
    .join('\n');
  const count = (patterns: RegExp[]): string[] =>
    patterns.flatMap((p) => narrative.match(caseless(p, true)) ?? []);
  const strong = count(lexicons.flatMap((l) => l.opinionCues));
  const weak = count(lexicons.flatMap((l) => l.stanceWords));
  if (strong.length * STRONG_WEIGHT + weak.length >= MIN_STANCE_SCORE) {
    return {
      genre: 'commentary',
      rule: 'metadata/genre-opinion',
      evidence: [...strong, ...weak].join(' | '),
    };
  }
  return { genre: 'news', rule: 'metadata/genre-default', evidence: null };
}
