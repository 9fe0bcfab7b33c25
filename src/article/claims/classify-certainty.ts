// Decides how firmly a number is stated: denied, hedged, estimated, reported or asserted, from cues around it.
import type { Certainty } from '../../contract/schema.ts';
import type { QuantityModifier } from '../../languages/quantity-reader.ts';
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';

const cueRe = (cues: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${cues.map((c) => c.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'iu');

interface CuePatterns {
  denied: RegExp;
  hedged: RegExp;
  modal: RegExp;
  estimated: RegExp;
  reported: RegExp;
}

/** The cue lists compiled once per lexicon. */
const compiled = new WeakMap<SpeechLexicon, CuePatterns>();
function patternsOf(speech: SpeechLexicon): CuePatterns {
  let patterns = compiled.get(speech);
  if (!patterns) {
    patterns = {
      denied: cueRe(speech.denialCues),
      hedged: cueRe(speech.hedgeCues),
      modal: cueRe(speech.modalHedges),
      estimated: cueRe(speech.estimateCues),
      reported: cueRe(speech.reportedCues),
    };
    compiled.set(speech, patterns);
  }
  return patterns;
}

export interface CertaintyInput {
  /** The sentence holding the number. */
  sentence: string;
  /** The number's own clause up to a few words after it: modals and estimate words count only here. */
  clause: string;
  modifier: QuantityModifier | null;
  /** True when someone is named as the source (a quote's speaker, `ifølge X`). */
  hasHolder: boolean;
}

/** The strongest signal wins: a denial, then a hedge, then an estimate, then a source, else asserted. */
export function classifyCertainty(
  speech: SpeechLexicon,
  input: CertaintyInput,
): { certainty: Certainty; rule: string } {
  const { sentence, clause, modifier, hasHolder } = input;
  const { denied, hedged, modal, estimated, reported } = patternsOf(speech);
  if (denied.test(sentence)) return { certainty: 'denied', rule: 'claims/certainty-denied' };
  if (hedged.test(sentence) || modal.test(clause))
    return { certainty: 'hedged', rule: 'claims/certainty-hedged' };
  if (modifier === 'about' || estimated.test(clause)) {
    return { certainty: 'estimated', rule: 'claims/certainty-estimated' };
  }
  if (hasHolder || reported.test(sentence) || speech.reportedPatterns.some((p) => p.test(sentence))) {
    return { certainty: 'reported', rule: 'claims/certainty-reported' };
  }
  return { certainty: 'asserted', rule: 'claims/certainty-asserted' };
}
