// The shapes a language pack's NLP stages exchange: tokens with UTF-16 spans, tags, lemmas, entity labels.

export interface Token {
  text: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface TokenAnalysis {
  upos: string;
  /** UD features, `Feat=Val|...` or `_`. */
  feats: string;
  lemma: string;
}

/** Entity label per token in BIO form with NorNE types (GPE_LOC/GPE_ORG reported as GPE): `B-PER`, `I-GPE`, `O`. */
export type EntityLabel = string;

export interface AnalyzedToken extends Token, TokenAnalysis {
  ner: EntityLabel;
}

export interface AnalyzedSentence {
  start: number;
  end: number;
  tokens: AnalyzedToken[];
}

export interface EntitySpan {
  type: string;
  start: number;
  end: number;
  text: string;
  /** Index of the first and one past the last token in the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

/** A language's NLP: split, tag, lemmatise and find names. Every function is pure. */
export interface NlpPipeline {
  splitSentences(text: string): Sentence[];
  /** Tags pre-tokenised words of one sentence (used for CoNLL-U input with gold tokens). */
  tag(words: string[]): TokenAnalysis[];
  /** NER labels for one sentence's words, given their analyses. */
  recognise(words: string[], analyses: TokenAnalysis[]): EntityLabel[];
  /** The whole pack over raw text. */
  analyze(text: string): AnalyzedSentence[];
}
