// What a language pack tells the engine about time: expressions found in text, normalised against an anchor.

export interface TimeParser {
  /** Filled in by the time stage's owner. */
  [key: string]: unknown;
}
