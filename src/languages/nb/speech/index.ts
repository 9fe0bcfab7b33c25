// Norwegian speech data and lookups: reporting verbs and the cue words the quote and claim stages match.
import type { ReportingVerbMatch, SpeechLexicon } from '../../speech-lexicon.ts';
import {
  DENIAL_CUES,
  ESTIMATE_CUES,
  HEDGE_CUES,
  MODAL_HEDGES,
  REPORTED_CUES,
  REPORTED_PATTERNS,
} from './certainty-cues.ts';
import {
  DOCUMENT_NOUNS,
  GROUP_NOUN_ENDINGS,
  HOLDER_LINKS,
  HOLDER_PRONOUNS,
  isDefiniteNoun,
  NOT_NAMES,
  ORG_KIND_ENDINGS,
  ROLE_NOUN_ENDINGS,
  ROLE_TITLES,
  TITLE_NOUNS,
} from './name-cues.ts';
import { REPORTING_VERBS, type ReportingVerb } from './reporting-verbs.ts';
import {
  AUXILIARIES,
  CHANNEL_PHRASES,
  COMPLEMENTISERS,
  OUTLET_NOUNS,
  SPEAKER_PRONOUNS,
  SPEECH_ADVERBS,
} from './speech-cues.ts';

export type { ReportingVerbMatch } from '../../speech-lexicon.ts';

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

/** Verbs whose last word may follow the subject: `legger hun til`, `la statsministeren til`. */
const SEPARABLE_GAP = 4;
/** Another particle in the gap makes it another verb: `la tirsdag fram forslaget til budsjett` is not `la til`. */
const OTHER_PARTICLES = new Set([
  'fram',
  'frem',
  'ut',
  'opp',
  'inn',
  'ned',
  'bort',
  'vekk',
  'igjen',
  'sammen',
]);

/** Adverbs that may stand after the first word of a longer form: `regner nå med at`, `mener også at`. */
const INNER_ADVERBS = new Set(['nå', 'også', 'fortsatt', 'fremdeles', 'likevel', 'derfor']);

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
      const gapWords = words.slice(index + 1, at);
      if (words[at] === parts[1] && !gapWords.some((w) => /^[.,:;!?–]$/.test(w) || OTHER_PARTICLES.has(w)))
        return { verb, length: 1, particle: at };
    }
  }
  if (INNER_ADVERBS.has(words[index + 1] ?? ''))
    for (const verb of candidates) {
      const parts = verb.form.split(' ');
      if (parts.length > 1 && parts.every((p, k) => words[index + (k === 0 ? 0 : k + 1)] === p))
        return { verb, length: parts.length + 1, particle: null };
    }
  return null;
}

/** The Norwegian speech lexicon the quote and claim stages ask the pack for. */
export const nbSpeech: SpeechLexicon = {
  startsReportingVerb,
  matchReportingVerb,
  complementisers: new Set(COMPLEMENTISERS),
  auxiliaries: new Set(AUXILIARIES),
  // Tokens never hold a space, so only the one-word adverbs can match.
  speechAdverbs: new Set(SPEECH_ADVERBS.filter((a) => !a.includes(' '))),
  // `de` is also the plural article, so only the singular pronouns stand for a speaker.
  speakerPronouns: new Set(Object.keys(SPEAKER_PRONOUNS).filter((p) => SPEAKER_PRONOUNS[p] !== 'plural')),
  outletNouns: new Set(OUTLET_NOUNS),
  channelPhrases: CHANNEL_PHRASES,
  notNames: new Set(NOT_NAMES),
  roleNounEndings: ROLE_NOUN_ENDINGS,
  documentNouns: new Set(DOCUMENT_NOUNS),
  holderWords: { links: new Set(HOLDER_LINKS), pronouns: new Set(HOLDER_PRONOUNS), isDefiniteNoun },
  orgKindEndings: ORG_KIND_ENDINGS,
  groupNounEndings: GROUP_NOUN_ENDINGS,
  roleTitles: new Set(ROLE_TITLES),
  titleNouns: new Set(TITLE_NOUNS),
  hedgeCues: HEDGE_CUES,
  modalHedges: MODAL_HEDGES,
  reportedCues: REPORTED_CUES,
  reportedPatterns: REPORTED_PATTERNS,
  estimateCues: ESTIMATE_CUES,
  denialCues: DENIAL_CUES,
};
