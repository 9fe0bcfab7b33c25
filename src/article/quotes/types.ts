// Input and output shapes of the quotes stage: a cleaned body with optional name mentions in, contract quotes out.
import type { Quote } from '../../contract/schema.ts';
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';

/** A name found by the entity recogniser (PERSON/ORG/GPE ...), with UTF-16 offsets into the body. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: string;
  /** Whether the name is a genitive, when the caller knows (`Kripos står` is none); else read from its `s`. */
  genitive?: boolean;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface QuotesInput {
  /** The cleaned article text; paragraphs are separated by line breaks (usually a blank line). */
  body: string;
  /** Name mentions from the entity recogniser; may be empty, then capitalised word runs stand in. */
  names: readonly NameMention[];
  /** Sentence spans from the tokenizer, when available; otherwise the stage splits sentences itself. */
  sentences?: readonly TextSpan[];
  /** The language pack's reporting verbs and cue words. */
  speech: SpeechLexicon;
}

/** A contract quote plus the internal id of the rule that produced it (for `extract --explain`). */
export interface FoundQuote extends Quote {
  rule: string;
}
