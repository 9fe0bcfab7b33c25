// Norwegian quantities: finding and reading numbers in text, and the lemma of what they count.
import type { QuantityReader } from '../../quantity-reader.ts';
import { findQuantities } from './find-quantities.ts';
import { lemmatiseUnit } from './lemmatise-unit.ts';
import { ADJECTIVE_ENDINGS, PHRASE_ENDERS, UNIT_ADJECTIVES } from './unit-words.ts';

export { findQuantities, type Quantity } from './find-quantities.ts';
export { parseNumberLiteral, parseNumberWord } from './parse-number.ts';
export { lemmatiseUnit } from './lemmatise-unit.ts';
export type { QuantityModifier } from './number-words.ts';
export { UNIT_ADJECTIVES, ADJECTIVE_ENDINGS, PHRASE_ENDERS } from './unit-words.ts';

/** The Norwegian quantity reader the claims stage asks the pack for. */
export const nbQuantities: QuantityReader = {
  findQuantities,
  lemmatiseUnit,
  unitAdjectives: UNIT_ADJECTIVES,
  adjectiveEndings: ADJECTIVE_ENDINGS,
  phraseEnders: PHRASE_ENDERS,
};
