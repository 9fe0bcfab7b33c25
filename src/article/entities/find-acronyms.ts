// Acronyms the recogniser left out (`Nettselskapet BKK opplyser`): in news, an all-capital word is a body's name.
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import type { NameSpan } from './link-mentions.ts';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const ROMAN = /^[IVXLC]+$/;

/**
 * Adds an organisation mention for every all-capital word of two to six letters that no found name covers (`BKK`,
 * `FHI`), leaving out roman numerals. A known acronym keeps the type the recogniser gave it elsewhere.
 */
export function addAcronyms(sentences: AnalyzedSentence[], found: NameSpan[]): NameSpan[] {
  const typeOf = new Map(found.filter((n) => ACRONYM.test(n.text)).map((n) => [n.text, n.type]));
  const added: NameSpan[] = [];
  for (const { tokens } of sentences)
    for (const t of tokens) {
      if (!ACRONYM.test(t.text) || ROMAN.test(t.text)) continue;
      if (found.some((n) => n.start < t.end && t.start < n.end)) continue;
      added.push({ start: t.start, end: t.end, text: t.text, type: typeOf.get(t.text) ?? 'ORG' });
    }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}
