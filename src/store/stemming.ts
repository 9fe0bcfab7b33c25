// Search stemming: which language pack's stemmer indexes an article and which stemmers expand a query.
import { getLanguagePack, listLanguagePacks } from '../languages/registry.ts';
import { normalizeWord, WORD } from './word-tokens.ts';

export type Stem = (word: string) => string;

/** Articles in a language without a pack (or with no language) are stemmed as Bokmål, the main corpus language. */
export const FALLBACK_STEM_LANGUAGE = 'nb';

// Norwegian text repeats its words a lot; memoising stems makes indexing several times faster.
const CACHE_LIMIT = 200_000;
const wrappers = new WeakMap<Stem, Stem>();

function memoise(stem: Stem): Stem {
  const existing = wrappers.get(stem);
  if (existing) return existing;
  const cache = new Map<string, string>();
  const wrapped: Stem = (word) => {
    // Looked up as written first: most words arrive already normalised (see stemText), so this skips the work.
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      const key = normalizeWord(word);
      stemmed = cache.get(key) ?? undouble(normalizeWord(stem(key)) || key);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, stemmed).set(word, stemmed);
    }
    return stemmed;
  };
  wrappers.set(stem, wrapped);
  return wrapped;
}

// Snowball leaves a doubled final letter where the inflection doubled it (strømmen -> strømm, but
// strøm -> strøm); collapsing it lets the two meet. Applied to index and query alike, so it only merges.
const DOUBLED_END = /(\p{L})\1$/u;

function undouble(stem: string): string {
  return stem.length > 3 && DOUBLED_END.test(stem) ? stem.slice(0, -1) : stem;
}

/** The code of the pack an article of this language is stemmed with: its own, else the fallback. */
export function stemmingLanguage(language: string | null | undefined): string {
  return (
    (getLanguagePack(language) ?? getLanguagePack(FALLBACK_STEM_LANGUAGE))?.code ?? FALLBACK_STEM_LANGUAGE
  );
}

/** The stemmer an article of this language is indexed with (the fallback pack's when the language has none). */
export function stemmerFor(language: string | null | undefined): Stem {
  const pack = getLanguagePack(language) ?? getLanguagePack(FALLBACK_STEM_LANGUAGE);
  if (!pack) throw new Error(`no language pack '${FALLBACK_STEM_LANGUAGE}' registered for search stemming`);
  return memoise(pack.stem);
}

/** Articles stemmed by one pack: a query word must be stemmed by the same pack to meet them. */
export interface StemmingGroup {
  /** The stemming-language code indexed with each article (see stemmingLanguage). */
  code: string;
  stem: Stem;
}

/**
 * How a query is stemmed. Its language is unknown, so each pack stems it for the articles that pack
 * indexed, and the branches are OR-ed; a Danish stem never meets a Bokmål article, which keeps precision
 * (the Danish stemmer cuts `sommeren` to `som`). With a language filter only that language's branch is left.
 */
export function stemmingGroups(language?: string): StemmingGroup[] {
  if (language !== undefined) return [{ code: stemmingLanguage(language), stem: stemmerFor(language) }];
  const groups = listLanguagePacks().map((pack) => ({ code: pack.code, stem: memoise(pack.stem) }));
  const fallback = stemmingLanguage(null);
  return groups.some((group) => group.code === fallback)
    ? groups
    : [{ code: fallback, stem: stemmerFor(null) }, ...groups];
}

/** The stemmed copy of a text that goes into the full-text index: one stem per word, space separated. */
export function stemText(text: string, stem: Stem): string {
  // Normalising the whole text once is much cheaper than per word; no offsets are needed here.
  const words = normalizeWord(text).match(WORD) ?? [];
  let out = '';
  for (const word of words) out += out ? ` ${stem(word)}` : stem(word);
  return out;
}
