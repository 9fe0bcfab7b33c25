// Decides how firmly a number is stated: denied, hedged, estimated, reported or asserted, from cues around it.
import type { Certainty } from '../../contract/schema.ts';
import type { QuantityModifier } from '../../languages/nb/numbers/index.ts';
import {
  DENIAL_CUES,
  ESTIMATE_CUES,
  HEDGE_CUES,
  MODAL_HEDGES,
  REPORTED_CUES,
} from '../../languages/nb/speech/index.ts';

const cueRe = (cues: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${cues.map((c) => c.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'iu');

const DENIED = cueRe(DENIAL_CUES);
const HEDGED = cueRe(HEDGE_CUES);
const MODAL = cueRe(MODAL_HEDGES);
const ESTIMATED = cueRe(ESTIMATE_CUES);
const REPORTED = cueRe(REPORTED_CUES);
/** `skal 30 hus ha brent`: the reportive `skal ... ha` split by its subject. */
const SPLIT_SKAL_HA = /(?<![\p{L}])skal\s(?:[^,.;:]{0,60}\s)?ha(?![\p{L}])/iu;

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
export function classifyCertainty(input: CertaintyInput): { certainty: Certainty; rule: string } {
  const { sentence, clause, modifier, hasHolder } = input;
  if (DENIED.test(sentence)) return { certainty: 'denied', rule: 'claims/certainty-denied' };
  if (HEDGED.test(sentence) || MODAL.test(clause))
    return { certainty: 'hedged', rule: 'claims/certainty-hedged' };
  if (modifier === 'about' || ESTIMATED.test(clause)) {
    return { certainty: 'estimated', rule: 'claims/certainty-estimated' };
  }
  if (hasHolder || REPORTED.test(sentence) || SPLIT_SKAL_HA.test(sentence)) {
    return { certainty: 'reported', rule: 'claims/certainty-reported' };
  }
  return { certainty: 'asserted', rule: 'claims/certainty-asserted' };
}
