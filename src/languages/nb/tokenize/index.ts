// Norwegian tokenization and sentence splitting for raw news text (NorNE conventions, UTF-16 spans).
export { tokenize } from './tokenize.ts';
export { splitSentences } from './split-sentences.ts';
export { isAbbreviation, canEndSentence, parseAbbreviations } from './abbreviations.ts';
export type { AbbreviationLexicon } from './abbreviations.ts';
