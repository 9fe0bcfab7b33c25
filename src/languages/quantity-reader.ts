// What a language pack tells the claims stage about numbers: where quantities are, and what they count.

/** A word before a number that qualifies it: more than, less than, about, almost, up to, at least. */
export type QuantityModifier = 'more' | 'less' | 'about' | 'almost' | 'upTo' | 'atLeast';

export interface Quantity {
  /** Span of the whole expression, modifier included, unit noun excluded (UTF-16, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** A single value, or null when the expression is a range. */
  value: number | null;
  min: number | null;
  max: number | null;
  modifier: QuantityModifier | null;
  /** A unit carried by a symbol or abbreviation (`%`, `$`), else null: the caller reads the noun after `end`. */
  unit: string | null;
  /** Which rule produced it: `numbers/digits`, `numbers/word`, `numbers/range-dash`, ... */
  rule: string;
}

export interface QuantityReader {
  /** Every quantity in `text`, in text order, non-overlapping; dates, years, ages and codes are skipped. */
  findQuantities: (text: string) => Quantity[];
  /** The lemma of a counted noun (lower case); a stand-in where no trained lemmatiser is given. */
  lemmatiseUnit: (word: string) => string;
  /** Adjectives that often stand between a number and the noun it counts (lower case). */
  unitAdjectives: ReadonlySet<string>;
  /** Endings that mark an adjective or participle before the counted noun. */
  adjectiveEndings: readonly string[];
  /** Words that end the noun phrase after a number: prepositions, conjunctions, verbs, adverbs. */
  phraseEnders: ReadonlySet<string>;
}
