// Language identification: which of the known languages a text is written in.

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or unlike every known language. */
  code: string | null;
  /** 0..1 */
  confidence: number;
}

/** STUB until the identifier is trained (owner: language-id work). */
export function identifyLanguage(_text: string): LanguageGuess {
  return { code: null, confidence: 0 };
}
