// Norwegian speech data and lookups: reporting verbs and the cue words the quote and claim stages match.
import { REPORTING_VERBS, type ReportingVerb } from './reporting-verbs.ts';

export * from './reporting-verbs.ts';
export * from './speech-cues.ts';
export * from './certainty-cues.ts';
export * from './name-cues.ts';

const byFirstWord = new Map<string, ReportingVerb[]>();
for (const verb of [...REPORTING_VERBS].sort((a, b) => b.form.length - a.form.length)) {
  const first = verb.form.split(' ')[0]!;
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), verb]);
}

/** True when `word` (lower case) can open a reporting verb: a cheap test before `matchReportingVerb`. */
export function startsReportingVerb(word: string): boolean {
  return byFirstWord.has(word);
}

/** A reporting verb found in a word list: `length` words from the index; `particle` is the index of a particle
 *  split from its verb by the subject (`legger han til`), else null. */
export interface ReportingVerbMatch {
  verb: ReportingVerb;
  length: number;
  particle: number | null;
}

/** Verbs whose last word may follow the subject: `legger hun til`, `la statsministeren til`. */
const SEPARABLE_GAP = 4;

/** The reporting verb whose form starts at `words[index]` (lower case words), multi-word forms first. */
export function matchReportingVerb(words: readonly string[], index: number): ReportingVerbMatch | null {
  const candidates = byFirstWord.get(words[index] ?? '');
  if (!candidates) return null;
  for (const verb of candidates) {
    const parts = verb.form.split(' ');
    if (parts.every((p, k) => words[index + k] === p)) return { verb, length: parts.length, particle: null };
  }
  for (const verb of candidates) {
    const parts = verb.form.split(' ');
    if (parts.length !== 2 || verb.kind !== 'say') continue;
    for (let gap = 1; gap <= SEPARABLE_GAP; gap++) {
      const at = index + 1 + gap;
      if (words[at] === parts[1] && !words.slice(index + 1, at).some((w) => /^[.,:;!?–]$/.test(w)))
        return { verb, length: 1, particle: at };
    }
  }
  return null;
}
