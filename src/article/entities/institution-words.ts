// Organisations written as one capitalised compound of an institution noun (`Overlegeforeningen`,
// `Utdanningsforbundet`, `Handelsbankens`) that the recogniser left out, most often at the start of a sentence.
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import { genitiveFromLemma } from './link-mentions.ts';
import type { NameSpan } from './link-mentions.ts';

/** Letters before the institution noun: a compound (`Overlege-foreningen`), not the bare noun (`Foreningen`). */
const MIN_PREFIX = 4;
/** The definite endings of the institution noun (`-foreningen`, `-forbundet`, `-tilsynet`), also in the genitive. */
const DEFINITE = /^(?:en|et|a|n|t)s?$/u;
/**
 * Kinds of body whose compounds are proper names (`Utdanningsforbundet`, `Datatilsynet`); a company or a works
 * (`Oppdrettsselskapet Havbruk Nord`, `Vindkraftverket`) is more often a description before one.
 */
const INSTITUTIONS = new Set([
  'forbund',
  'forening',
  'institutt',
  'tilsyn',
  'direktorat',
  'departement',
  'kommisjon',
  'etat',
  'nemnd',
  'akademi',
  'råd',
  'bank',
]);

/**
 * Adds an organisation for every capitalised word no name covers whose ending is a definite institution noun of
 * `heads` after a prefix of four letters or more, when the word is capitalised every time the text writes it (a
 * common noun the text also writes in small letters, `Fylkeskommunen` ... `fylkeskommunen`, is no name).
 */
export function addInstitutionWords(
  sentences: AnalyzedSentence[],
  body: string,
  found: NameSpan[],
  heads: readonly string[],
): NameSpan[] {
  const added: NameSpan[] = [];
  for (const sentence of sentences)
    for (const [i, t] of sentence.tokens.entries()) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      if (found.some((n) => n.start < t.end && t.start < n.end)) continue;
      const word = t.text.toLowerCase();
      // `Forbundet Tekna`: a description before a name.
      const next = sentence.tokens[i + 1];
      if (next && /^\p{Lu}/u.test(next.text)) continue;
      const institution = heads.some((h) => {
        if (!INSTITUTIONS.has(h)) return false;
        const at = word.lastIndexOf(h);
        return at >= MIN_PREFIX && DEFINITE.test(word.slice(at + h.length));
      });
      if (!institution || new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(body)) continue;
      // `Handelsbankens sjeføkonom`: the name is the word without its genitive, as the tagger's lemma says.
      const base = genitiveFromLemma(sentence, i, i + 1, t.text);
      added.push({ start: t.start, end: t.end, text: t.text, type: 'ORG', ...(base ? { base } : {}) });
    }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}
