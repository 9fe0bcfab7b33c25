// Norwegian quantities: finding and reading numbers in text, and the lemma of what they count.
export { findQuantities, type Quantity } from './find-quantities.ts';
export { parseNumberLiteral, parseNumberWord } from './parse-number.ts';
export { lemmatiseUnit } from './lemmatise-unit.ts';
export type { QuantityModifier } from './number-words.ts';
export { UNIT_ADJECTIVES, ADJECTIVE_ENDINGS, PHRASE_ENDERS } from './unit-words.ts';
