// The LanguagePack interface: everything language-specific that the engine asks a pack for.
import type { NlpPipeline } from './nlp.ts';
import type { CleaningLexicon } from './cleaning-lexicon.ts';
import type { TimeParser } from './time.ts';
import type { RelationLexicon } from './relation-lexicon.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';
import type { QuantityReader } from './quantity-reader.ts';
import type { CountryNames } from './country-names.ts';

export interface LanguagePack {
  /** ISO 639-1 code: nb, nn, da, sv, en, de. */
  code: string;
  name: string;
  /** Reduces a word to its search stem (Snowball), lower-cased: `soldatene` -> `soldat`. */
  stem: (word: string) => string;
  /** Words and patterns of page furniture, captions, summary boxes and genre labels in this language. */
  cleaning: CleaningLexicon;
  /** Finds and normalises time expressions; null where the pack has none yet. */
  time: TimeParser | null;
  /** Second parts of compounds that tell what the name before them is (`-sjefen` ORG, `-regionen` GPE). */
  compoundNames?: Partial<Record<'PER' | 'ORG' | 'LOC' | 'GPE', string[]>>;
  /** Nationality adjectives by lemma and the country each stands for (`russisk` -> `Russland`). */
  nationalities?: Record<string, string>;
  /**
   * Words that settle a name's type wherever the recogniser disagrees: the lemma of a name's last word
   * (`Wagner Gruppen`, `Arbeiderpartiet` -> ORG; `Lebesby kommune` -> GPE), and prepositions before a place
   * (`i Hanoi` is no person; `verbPrepositions` only where no verb stands before them: `på Fosen`, not
   * `reagerte på Støre`).
   */
  nameTypes?: {
    orgHeads: string[];
    placeHeads?: string[];
    placePrepositions: string[];
    verbPrepositions?: string[];
    /** Offices and institutions named by their seat (`Statsforvalteren i Agder`, `Høgskulen i Volda`), by lemma. */
    offices?: string[];
    /** Nouns for a place that, definite right before a name, make it one (`byen El Fasher`), by lemma. */
    placeNouns?: string[];
    /** Last words that make a name a company (`Tindra ASA`, `Rheinwerk Systeme GmbH`), as written. */
    companySuffixes?: string[];
    /** Whole names that are places by their form: road numbers (`E6`, `Rv. 7`, `Fv 17`). */
    placeForms?: RegExp;
  };
  /** Function words, lower-cased (`siden`, `og`, `det`): a name never ends in one. */
  functionWords?: ReadonlySet<string>;
  /** Nouns for a country's people by lemma and the country they stand for (`nordkoreaner` -> `Nord-Korea`). */
  demonyms?: Record<string, string>;
  /** Country names as this language writes them, by ISO 3166-1 alpha-2 code and back (`KP` <-> `Nord-Korea`). */
  countries?: CountryNames;
  /** Trigger words and role prepositions of relations (who supplies, meets, attacks whom); absent: no relations. */
  relations?: RelationLexicon;
  /** Trigger words of events (meetings, visits, agreements ...); absent: no events. */
  events?: EventLexicon;
  /** Reporting verbs and cue words of speech and certainty; absent: no quotes and no claims. */
  speech?: SpeechLexicon;
  /** Finds and reads quantities and what they count; absent: no claims. */
  quantities?: QuantityReader;
  /**
   * The trained NLP stages, loaded on first call and the same pipeline on every later call (the pack memoises);
   * null where the pack has none yet.
   */
  loadNlp: (() => NlpPipeline) | null;
}
