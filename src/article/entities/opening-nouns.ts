// Common nouns that open a sentence with their capital letter (`Regjeringen vil ...`, `Området er sperret`) and
// that the recogniser took for a name.
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import type { NameSpan } from './link-mentions.ts';

/** Tokens that may stand before a sentence's first word: a quote dash, quotation marks, brackets. */
const OPENERS = /^[–—\-«»"“”'‘’(]+$/u;

/** The endings of a definite noun (`regjeringen`, `området`, `bygda`, `kommunene`). */
const DEFINITE = /(?:en|et|a|ne)$/u;

/**
 * Drops one-word names that open a sentence when they look like a definite noun, the text also writes the word in
 * small letters as a noun (`ifølge regjeringen`) and never capitalises it inside a sentence. A name keeps its
 * capital wherever it stands (`Sametinget`), so a word the text writes both ways, and capitalised only where every
 * word is, is a common noun. `Høyre` beside `til høyre` stays: no definite ending.
 */
export function dropOpeningNouns(sentences: AnalyzedSentence[], found: NameSpan[]): NameSpan[] {
  const opening = new Set<number>();
  const inside = new Set<string>();
  for (const { tokens } of sentences) {
    let first = true;
    for (const token of tokens) {
      if (first && OPENERS.test(token.text)) continue;
      if (first) opening.add(token.start);
      else inside.add(token.text);
      first = false;
    }
  }
  const lowerNouns = new Set(
    sentences.flatMap(({ tokens }) =>
      tokens.filter((t) => t.upos === 'NOUN' && /^\p{Ll}/u.test(t.text)).map((t) => t.text),
    ),
  );
  return found.filter((n) => {
    if (!opening.has(n.start) || /[\s-]/u.test(n.text) || inside.has(n.text)) return true;
    // `Rederiets søknad` is the genitive of a common noun the text writes as `rederiet`.
    const small = n.text.toLowerCase();
    const base = small.replace(/s$/u, '');
    const common = (w: string) => DEFINITE.test(w) && lowerNouns.has(w);
    return small === n.text || !(common(small) || (base !== small && common(base)));
  });
}
