// When an article was published, as precisely as its evidence allows: marker, container, dateline, text, anchor.
import type { TimeExpression, TimeParser } from '../../languages/time.ts';
import { formatAtPrecision, shiftDate, weekdayOf } from '../../languages/time.ts';
import type { Stamps } from '../pipeline.ts';

export interface PublishedInput {
  stamps: Stamps;
  /** What the container declared (ISO 8601 or anything Date.parse reads). */
  declared: string | null;
  /** Title, body and removed texts (captions are evidence too), each searched on its own. */
  texts: string[];
  parsers: TimeParser[];
  /** Words that mark a date as looking back (`tidligere`): such dates say nothing of the article's own time. */
  archiveCues: RegExp[];
  /** Words that put a date ahead (`innen`, `fram til`): a deadline or a plan is no evidence either way. */
  futureCues: RegExp[];
  /** The caller's "now" (`--now`): trusted unless the text contradicts it. */
  now: Date | null;
  /** When the file was written or fetched: a weak anchor, trusted only when the text's own years agree. */
  fetchedAt: Date | null;
}

export interface PublishedResult {
  published: string | null;
  rule: string;
  message: string;
}

/** `2024-06-19T10:00:00+02:00` -> `2024-06-19` (the date as written); `2024-06` stays; RFC 2822 via Date.parse. */
export function normaliseDeclaredDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text)) return text;
  const written = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (written?.[1]) return written[1];
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : formatAtPrecision(new Date(ms), 'day');
}

// A sentence ends at closing punctuation before a capital, or at a blank line (captions have no full stop).
const SENTENCE_END = /(?<=[.!?»])\s+(?=[\p{Lu}\p{N}«–])|\n\s*\n/gu;

/** Each sentence that holds time expressions, with them; the parsers run once over the whole text. */
function groupBySentence(text: string, parsers: TimeParser[]): Array<[string, TimeExpression[]]> {
  const found = parsers.flatMap((p) => p.find(text, null));
  if (!found.length) return [];
  const starts = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + m[0].length)];
  const groups = new Map<number, TimeExpression[]>();
  for (const e of found) {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] ?? 0) > e.start) k--;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups].map(([k, list]) => [text.slice(starts[k] ?? 0, starts[k + 1] ?? text.length), list]);
}

interface Evidence {
  /** Years an ago-count pins down: `for første gang på 24 år ... i juli 2000` = 2024. */
  arithmetic: Set<number>;
  /** Latest year of a day-precise date not marked as looking back. */
  dayYear: number | null;
  /** Latest year mentioned at all. */
  maxYear: number | null;
  /** Years in which a weekday and date written together fall (`torsdag 23. oktober` is 2025 near 2024–2026). */
  weekdayYears: Set<number>;
  /** The text speaks from its own "now" (`i år`, `i går`, `tirsdag`). */
  relative: boolean;
  /** ... at day level (`i går`, `i dag`). */
  relativeDay: boolean;
}

// Rule ids end in a language-neutral technique name (see TimeExpression.rule).
const isAgoCount = (e: TimeExpression): boolean =>
  e.kind === 'relative' &&
  /\/(?:ago|first-time-in)$/.test(e.rule) &&
  !e.approximate &&
  e.offset?.years !== undefined;

function gatherEvidence(
  texts: string[],
  parsers: TimeParser[],
  { archiveCues, futureCues }: Pick<PublishedInput, 'archiveCues' | 'futureCues'>,
): Evidence {
  const evidence: Evidence = {
    arithmetic: new Set(),
    dayYear: null,
    maxYear: null,
    relative: false,
    relativeDay: false,
    weekdayYears: new Set(),
  };
  const weekdayDates: { weekday: number; month: number; day: number }[] = [];
  const mentioned: number[] = [];
  const max = (a: number | null, b: number): number => (a === null ? b : Math.max(a, b));
  for (const [sentence, found] of texts.flatMap((text) => groupBySentence(text, parsers))) {
    const years = new Set(
      found.filter((e) => e.kind === 'date' && e.fields.year).map((e) => e.fields.year ?? 0),
    );
    const archived = archiveCues.some((cue) => cue.test(sentence));
    const ahead = futureCues.some((cue) => cue.test(sentence));
    found.forEach((e, k) => {
      const next = found[k + 1];
      const { weekday } = e.fields;
      if (weekday !== undefined && next && next.start - e.end <= 2 && next.fields.year === undefined)
        if (next.fields.day !== undefined && next.fields.month !== undefined)
          weekdayDates.push({ weekday, month: next.fields.month, day: next.fields.day });
      if (e.fields.year !== undefined) mentioned.push(e.fields.year);
    });
    for (const e of found) {
      const year = e.kind === 'date' && !ahead ? e.fields.year : undefined;
      if (year !== undefined) {
        evidence.maxYear = max(evidence.maxYear, year);
        if (e.precision === 'day' && !archived) evidence.dayYear = max(evidence.dayYear, year);
      }
      if (e.kind === 'relative' || e.kind === 'floating') evidence.relative = true;
      if (e.kind === 'relative' && e.precision === 'day' && !e.approximate) evidence.relativeDay = true;
      const [only] = years;
      if (isAgoCount(e) && years.size === 1 && only !== undefined) {
        evidence.arithmetic.add(only - (e.offset?.years ?? 0));
      }
    }
  }
  // Only years near the ones the text names: a weekday alone fits one year in seven.
  if (mentioned.length)
    for (const { weekday, month, day } of weekdayDates) {
      const fits: number[] = [];
      for (let y = Math.min(...mentioned) - 1; y <= Math.max(...mentioned) + 1; y++) {
        if (weekdayOf(y, month, day) === weekday) fits.push(y);
      }
      if (fits.length === 1) evidence.weekdayYears.add(fits[0]!);
    }
  return evidence;
}

/** The publication year the text itself supports, or null when it is silent or torn. */
function estimateYear(evidence: Evidence): { year: number | null; rule: string } {
  const { arithmetic, dayYear, maxYear } = evidence;
  if (arithmetic.size === 1) {
    const [year] = arithmetic;
    if (year !== undefined && (maxYear === null || year >= maxYear))
      return { year, rule: 'metadata/published-arithmetic' };
  }
  if (evidence.weekdayYears.size === 1) {
    const [year] = evidence.weekdayYears;
    if (year !== undefined) return { year, rule: 'metadata/published-weekday' };
  }
  // A day-precise date is told about recent events; a later year elsewhere (a plan, a forecast) leaves it open.
  if (dayYear !== null && (maxYear === null || dayYear >= maxYear))
    return { year: dayYear, rule: 'metadata/published-latest-date' };
  return { year: null, rule: 'metadata/published-unknown' };
}

function firstDate(text: string, parsers: TimeParser[]): string | null {
  for (const parser of parsers) {
    const found = parser.find(text, null).find((e) => e.kind === 'date' && e.value);
    if (found?.value) return found.value;
  }
  return normaliseDeclaredDate(text);
}

export function inferPublished(input: PublishedInput): PublishedResult {
  const { stamps, parsers } = input;
  if (stamps.marker)
    return { published: stamps.marker, rule: 'metadata/published-marker', message: 'date marker' };
  const declared = normaliseDeclaredDate(input.declared);
  if (declared)
    return { published: declared, rule: 'metadata/published-declared', message: 'container metadata' };
  if (stamps.publishedText) {
    const dateline = firstDate(stamps.publishedText, parsers);
    if (dateline)
      return { published: dateline, rule: 'metadata/published-dateline', message: stamps.publishedText };
  }

  // Only an update line: the article is from that day or shortly before, and nothing in the text is firmer.
  if (stamps.updatedText) {
    const updated = firstDate(stamps.updatedText, parsers);
    if (updated && /^\d{4}/.test(updated))
      return { published: updated, rule: 'metadata/published-updated', message: stamps.updatedText };
  }

  const evidence = gatherEvidence(input.texts, parsers, input);
  const estimate = estimateYear(evidence);
  const anchor = input.now ?? input.fetchedAt;
  if (anchor) {
    const anchorYear = anchor.getUTCFullYear();
    const contradicted =
      (estimate.year !== null && estimate.year !== anchorYear) || (evidence.maxYear ?? 0) > anchorYear;
    // A file's time may be a copy's: it counts only when the text's own latest year names the same year.
    const agrees = (estimate.year ?? evidence.maxYear) === anchorYear;
    const strong = input.now !== null;
    if (!contradicted && (strong || agrees)) {
      if (stamps.age) {
        const at = formatAtPrecision(shiftDate(anchor, stamps.age), 'day');
        return {
          published: at,
          rule: 'metadata/published-age-stamp',
          message: 'age stamp against the anchor',
        };
      }
      if (strong && evidence.relativeDay) {
        return {
          published: formatAtPrecision(anchor, 'day'),
          rule: 'metadata/published-anchor-day',
          message: 'day words against --now',
        };
      }
      if (estimate.year !== null || evidence.relative) {
        return {
          published: String(anchorYear),
          rule: 'metadata/published-anchor-year',
          message: 'the text speaks from the anchor year',
        };
      }
    }
  }
  if (estimate.year !== null)
    return { published: String(estimate.year), rule: estimate.rule, message: 'year from the text' };
  return {
    published: null,
    rule: 'metadata/published-unknown',
    message: 'no evidence of the publication time',
  };
}
