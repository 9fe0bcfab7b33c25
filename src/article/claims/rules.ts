// The claim rules as data: every id the stage can report, what it matches and one example (see README.md).

export interface ClaimRule {
  id: string;
  finds: string;
  example: string;
}

export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    id: 'claims/counted-noun',
    finds: 'a quantity and the noun it counts, past adjectives',
    example: 'Kommunen har 1500 nye boliger på vent.',
  },
  {
    id: 'claims/symbol-unit',
    finds: 'a quantity whose unit the number reader gives: a symbol, an abbreviation or a two-unit duration',
    example: 'Renten stiger til 4,5 %. Han fikk tre år og seks måneder.',
  },
  {
    id: 'claims/shared-noun',
    finds: 'a number joined by og, eller, mot or fra ... til to the next one counts its noun',
    example: 'Forslaget falt med 31 mot 24 stemmer.',
  },
  {
    id: 'claims/implied-noun',
    finds: 'a number whose noun is left out takes it from the clause it answers: av dem, a parallel clause',
    example: 'Laget har 44 poeng, mens Viking har 41.',
  },
  {
    id: 'claims/holder-quote',
    finds: 'the holder: the speaker of the quote the number sits in',
    example: 'Over 300 hus er uten strøm, ifølge Elvia.',
  },
  {
    id: 'claims/holder-named-source',
    finds: 'a holder given as a body or its document (retten, rapporten) is the name the article gave it',
    example: 'Agder tingrett avsa dom mandag. Ifølge dommen stjal hun 2 millioner kroner.',
  },
  {
    id: 'claims/certainty-denied',
    finds: 'a denial in the sentence',
    example: 'Selskapet avviser at 200 mister jobben.',
  },
  {
    id: 'claims/certainty-hedged',
    finds: 'a hedge in the sentence',
    example: 'Det antas at 40 prosent stemte nei.',
  },
  {
    id: 'claims/certainty-estimated',
    finds: 'an estimate cue or an approximating modifier',
    example: 'Det kom om lag 800 personer.',
  },
  {
    id: 'claims/certainty-reported',
    finds: 'a named source or a reporting cue',
    example: 'Brannen skal ha ødelagt 30 hus.',
  },
  {
    id: 'claims/certainty-asserted',
    finds: 'a number stated without any cue',
    example: 'Kommunen har 4000 ansatte.',
  },
  {
    id: 'claims/skip-furniture',
    finds: 'short lines without end punctuation are page furniture, not claims',
    example: '2 min lesetid',
  },
  {
    id: 'claims/skip-no-unit',
    finds: 'a number with nothing counted after it is not a claim',
    example: 'Resultatet ble 3.',
  },
];
