// What a language pack tells the quote and claim stages about speech: reporting verbs, cue words and name cues.

/** say: neutral speech; write: written or published; claim: contested assertion; believe: opinion or expectation;
 *  warn: warning or threat; deny: rejection; call: naming someone something; thank: thanks or praise. */
export type SpeechKind = 'say' | 'write' | 'claim' | 'believe' | 'warn' | 'deny' | 'call' | 'thank';

export interface ReportingVerb {
  /** The form as written, lower case; multi-word forms separate words with one space. */
  form: string;
  lemma: string;
  kind: SpeechKind;
  /** True when the form may close a direct quote (`– ..., she says.`). */
  tail: boolean;
  /** True when the form may take a clause without a complementiser. */
  bridge: boolean;
  /** True when the form reports speech only closing a sentence (`..., viser en rapport.`), not before a clause. */
  tailOnly?: boolean;
}

/** A reporting verb found in a word list: `length` words from the index; `particle` is the index of a particle
 *  split from its verb by the subject, else null. */
export interface ReportingVerbMatch {
  verb: ReportingVerb;
  length: number;
  particle: number | null;
}

export interface SpeechLexicon {
  /** True when `word` (lower case) can open a reporting verb: a cheap test before `matchReportingVerb`. */
  startsReportingVerb: (word: string) => boolean;
  /** The reporting verb whose form starts at `words[index]` (lower-case words), multi-word forms first. */
  matchReportingVerb: (words: readonly string[], index: number) => ReportingVerbMatch | null;
  /** Words that open a reported clause after the verb (lower case). */
  complementisers: ReadonlySet<string>;
  /** Auxiliary and finite verbs that may stand around a reporting verb or end a fronted source (lower case). */
  auxiliaries: ReadonlySet<string>;
  /** Adverbs that may sit between subject, reporting verb and complementiser (lower case). */
  speechAdverbs: ReadonlySet<string>;
  /** Subject pronouns that stand for one person named before (lower case); plural ones are left out. */
  speakerPronouns: ReadonlySet<string>;
  /** Nouns naming a kind of outlet before its name (`the newspaper X`), lower case. */
  outletNouns: ReadonlySet<string>;
  /** Phrases naming the channel of speech (`on social media`) that end the speaker's description. */
  channelPhrases: readonly string[];
  /** Capitalised words that are not names, as written. */
  notNames: ReadonlySet<string>;
  /** Endings of definite role nouns that refer back to a person (lower case). */
  roleNounEndings: readonly string[];
  /** Definite nouns for a written source (`rapporten`, `dommen`) that stand for its author named before. */
  documentNouns?: ReadonlySet<string>;
  /**
   * How a number's holder is read from a source's description: the words that carry a description on to a name
   * (`seniorforsker i FHI`), the pronouns that name no holder by themselves, and whether a word is a definite noun
   * (`rapporten`, `kommunen`), which may stand for a body named before.
   */
  holderWords?: {
    links: ReadonlySet<string>;
    pronouns: ReadonlySet<string>;
    isDefiniteNoun: (lowerCaseWord: string) => boolean;
  };
  /** Definite nouns for a kind of organisation (`selskapet`) that may stand before its name (`Nettselskapet BKK`). */
  orgKindEndings?: readonly string[];
  /** Endings of definite plural role nouns for a group (`forskerne`): they refer back only to a body that just spoke. */
  groupNounEndings?: readonly string[];
  /** Titles that may open a name and belong to the role (lower case); compounds ending in one count too. */
  roleTitles: ReadonlySet<string>;
  /** Nouns before quotation marks that make them a title (a book, a film), not a quote (lower case). */
  titleNouns: ReadonlySet<string>;
  /** Cues, matched as whole words, that make a whole sentence hedged. */
  hedgeCues: readonly string[];
  /** Modal words that hedge only the clause they stand in. */
  modalHedges: readonly string[];
  /** Cues that make a statement reported by someone else. */
  reportedCues: readonly string[];
  /** Patterns that also make a statement reported (a reportive construction split by its subject). */
  reportedPatterns: readonly RegExp[];
  /** Cues that make a number an estimate. */
  estimateCues: readonly string[];
  /** Cues that make a statement denied. */
  denialCues: readonly string[];
}
