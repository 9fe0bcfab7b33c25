// Input and output shapes of the claims stage: a cleaned body (and the quotes found in it) in, contract claims out.
import type { Claim, Quote } from '../../contract/schema.ts';
import type { QuantityReader } from '../../languages/quantity-reader.ts';
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';
import type { NameMention, TextSpan } from '../quotes/types.ts';

export interface ClaimsInput {
  /** The cleaned article text; paragraphs are separated by line breaks. */
  body: string;
  /** Name mentions from the entity recogniser; may be empty. */
  names: readonly NameMention[];
  /** Quotes already found in the body: a number inside one is held by its speaker. Found here when left out. */
  quotes?: readonly Quote[];
  /** Sentence spans from the tokenizer, when available. */
  sentences?: readonly TextSpan[];
  /** Lemma of a counted noun (`soldatene` → `soldat`); defaults to the quantity reader's stand-in. */
  lemmatise?: (word: string) => string;
  /** The language pack's cue words of speech and certainty. */
  speech: SpeechLexicon;
  /** The language pack's reader of numbers and what they count. */
  quantities: QuantityReader;
}

/** A contract claim plus the internal ids of the rules that produced it (for `extract --explain`). */
export interface FoundClaim extends Claim {
  rule: string;
  /** The number rule that read the quantity: `numbers/digits`, `numbers/range-mellom`, ... */
  quantityRule: string;
}
