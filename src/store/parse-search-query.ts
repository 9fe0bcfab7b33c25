// Parses the user's search text into words, phrases and exclusions; never fails, whatever the input.
import { findWords, normalizeWord } from './word-tokens.ts';

/** One required (or excluded) unit: a word, or several words that must stand next to each other. */
export interface QueryTerm {
  words: string[];
}

export interface ParsedQuery {
  include: QueryTerm[];
  exclude: QueryTerm[];
}

/**
 * Plain words are all required; `"quoted words"` must stand together; `-word` or `-"some words"` excludes.
 * A word joined by hyphens (`Jong-un`, `covid-19`) is a phrase. Operators, brackets and stray quotes carry
 * no meaning: they only separate words.
 */
export function parseSearchQuery(text: string): ParsedQuery {
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (raw: string, negate: boolean) => {
    const words = findWords(raw).map((word) => normalizeWord(word.text));
    if (words.length === 0) return;
    const key = `${negate ? '-' : '+'}${words.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    (negate ? exclude : include).push({ words });
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    let negate = false;
    if (char === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] ?? ' ')) {
      negate = true;
      i += 1;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close > i) {
        add(text.slice(i + 1, close), negate);
        i = close + 1;
        continue;
      }
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] ?? ' ')) end += 1;
    // A token holding several words (`Jong-un`, `"abc`) is one phrase; its stray quotes are just separators.
    add(text.slice(i, end), negate);
    i = end;
  }
  return { include, exclude };
}
