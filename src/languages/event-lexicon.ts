// What a language pack tells the event finder: the words that say something happened, by event type.
import type { ArticleEvent } from '../contract/index.ts';

export interface EventTrigger {
  id: string;
  type: ArticleEvent['type'];
  /** Verb or noun lemmas: `møte`, `toppmøte`. */
  lemmas: string[];
  example: string;
}

export interface EventLexicon {
  triggers: EventTrigger[];
  /** Prepositions before the place: `i Pyongyang`, `på Krim`. */
  placePrepositions: string[];
  /** Words that make an event only expected or hypothetical, so it is not reported as having happened. */
  irrealis: string[];
  /**
   * Demonstratives that point an event noun back to the sentence before (`under dette besøket`): without a date of
   * its own, the event takes that sentence's date.
   */
  backReferences?: string[];
  /**
   * Trigger nouns that keep their meaning as the last part of a compound (`rentemøte`, `bussulykke`): a noun
   * ending in one of them, after at least three letters, triggers as it does. Nouns like `pris` are left out
   * (`strømpris` is no award).
   */
  compoundHeads?: string[];
  /**
   * Lemmas of reporting verbs. A weekday told in the present tense is the coming one (`Høyre innleder sonderinger
   * onsdag`), except after a verb of saying, which tells of the day it was said (`sier Hansen til NRK mandag`).
   */
  reportingLemmas?: string[];
  /**
   * Nouns for the paper a decision is made in (`vedtak`, `forelegg`, `kontrakt`). An event told in the perfect
   * without a date (`har ilagt et gebyr`) takes the day a sentence soon after gives the definite noun (`Vedtaket ble
   * sendt selskapet mandag`), as the event's own trigger nouns do.
   */
  followUpNouns?: string[];
  /** Verbs that make a trigger noun right after them part of an idiom, not an event (`legge beslag på`: occupy). */
  exceptAfter?: Record<string, string[]>;
  /** Prepositions that put a date without a year ahead in the present tense (`legger ned ruten fra 1. april`). */
  aheadPrepositions?: string[];
  /**
   * A passive participle the tagger reads as an adjective (`er godkjent av`), after a form of one of `auxiliaries`
   * in its clause, triggers as its verb. `endings` rewrite the participle's ending into the verb's, tried in order
   * against the trigger verbs (`nt` → `nne`: `godkjent` → `godkjenne`; `et` → `e`: `stanset` → `stanse`).
   */
  passive?: { auxiliaries: string[]; endings: [string, string][] };
}
