// What a language pack tells the cleaner: the words of page furniture, captions, summary boxes and genre labels.

export interface CleaningLexicon {
  /** Filled in by the cleaning stage's owner; see src/article/clean/README.md. */
  [key: string]: unknown;
}
