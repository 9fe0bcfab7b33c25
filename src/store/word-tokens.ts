// Splits text into words with their offsets: the one word boundary shared by indexing, querying and snippets.
export interface WordToken {
  /** The word as written (NFC-normalised only when the input is). */
  text: string;
  start: number;
  end: number;
}

// Letters, digits and combining marks; everything else (spaces, punctuation, hyphens, quotes) separates words.
// The FTS5 tokenizer is configured with the same categories, so a stemmed copy re-tokenizes word for word.
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Every word in `text` with its UTF-16 offsets, in order. */
export function findWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The form a word is compared in before stemming: NFC, lower-case. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}
